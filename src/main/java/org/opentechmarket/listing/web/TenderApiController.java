package org.opentechmarket.listing.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.listing.tender.OfferDraft;
import org.opentechmarket.listing.tender.OfferFile;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderOffer;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.Deposits;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The tenders JSON API (招标). Offers are sealed until the opening: before it every request for an offer's content — the
 * owner's, an administrator's, the bidder's own — is answered 409 with a problem saying the offers are sealed until the
 * opening time; requests from anyone not entitled to read are answered 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tenders", description = "招标: sealed offers until the opening time, audited opening, expert panel scoring with "
		+ "published weights, award with published reasons, each bidder sees its own scores")
class TenderApiController {

	private final TenderService service;
	private final Deposits deposits;

	TenderApiController(TenderService service, Deposits deposits) {
		this.service = service;
		this.deposits = deposits;
	}

	public record PageView(long total, int page, List<TenderView> items) {
	}

	public record OfferBody(BigDecimal price, String proposal, Long achievementId) {
	}

	public record ReasonsBody(String reasons) {
	}

	public record EvaluationBody(Integer panelSize) {
	}

	@GetMapping("/tenders")
	@Operation(summary = "Public tenders", description = "Every tender but cancelled ones, newest first.")
	PageView list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Page<Tender> p = service.publicList(page, size);
		return new PageView(p.getTotalElements(), p.getNumber(), p.getContent().stream().map(TenderView::of).toList());
	}

	@GetMapping("/tenders/{id:[0-9]+}")
	@Operation(summary = "One tender", description = "Public: the rules (kind, weights, criteria, price formula, deadline, "
			+ "opening time), the opening record (who, when, how many offers) and the award with its reasons.")
	TenderView one(@PathVariable long id) {
		return TenderView.of(service.view(id));
	}

	@PostMapping("/tenders")
	@Operation(summary = "Publish a tender", description = "Members of a verified organisation. kind BUY (lowest price "
			+ "best) or SELL (highest price best; achievementId required); method etc. when a technology changes hands; "
			+ "priceLimit (SELL: minimum, BUY: budget), priceWeight 0–100, criteria [{name, weight}], passThreshold, deposit, "
			+ "deadline (≥ the minimum offer period from now) and openingAt (≥ deadline), ISO-8601.")
	ResponseEntity<TenderView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody TenderBody body) {
		Tender t = service.create(user, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/tenders/" + t.getId())).body(TenderView.of(t));
	}

	@PostMapping("/tenders/{id:[0-9]+}/offers")
	@Operation(summary = "Submit or replace the organisation's sealed offer", description = "Before the deadline. Body: "
			+ "price, proposal, achievementId (a buyer's tender for a technology: the bidder's published achievement). The "
			+ "offer is encrypted at once; the answer is its receipt (SHA-256 of the sealed bytes). 201 new, 200 replaced.")
	ResponseEntity<TenderView.OwnOffer> offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody OfferBody body) {
		boolean existed = service.ownOffer(user, id).isPresent();
		TenderOffer o = service.submit(user, id, new OfferDraft(body.price(), body.proposal(), body.achievementId()));
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(own(user, o));
	}

	@GetMapping("/tenders/{id:[0-9]+}/offers/mine")
	@Operation(summary = "The organisation's own offer", description = "Receipt and status; after the opening its price; "
			+ "after ranking its own scores (never the other bidders').")
	TenderView.OwnOffer mine(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		TenderOffer o = service.ownOffer(user, id)
			.orElseThrow(() -> DomainException.notFound("tender.offer.notFound", id));
		return own(user, o);
	}

	@PostMapping(path = "/tenders/{id:[0-9]+}/offers/mine/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a PDF to the own sealed offer (sealed too), before the deadline")
	ResponseEntity<TenderView.FileReceipt> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file) throws IOException {
		OfferFile f = service.attach(user, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TenderView.FileReceipt(f.getId(), f.getReceipt()));
	}

	@PostMapping("/tenders/{id:[0-9]+}/offers/mine/withdraw")
	@Operation(summary = "Withdraw the own offer for good, before the deadline (its deposit is released)")
	TenderView.OwnOffer withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return own(user, service.withdraw(user, id));
	}

	@GetMapping("/tenders/{id:[0-9]+}/offers")
	@Operation(summary = "The offers", description = "After the opening: all of them for the owner's side and "
			+ "administrators, the ones an expert's panel scores, a bidder's own. Before the opening the owner's side and "
			+ "administrators get 409 (sealed).")
	List<TenderView.OfferRow> offers(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return service.offersFor(user, id).stream().map(TenderView.OfferRow::of).toList();
	}

	@GetMapping("/tenders/{id:[0-9]+}/offers/{offerId:[0-9]+}")
	@Operation(summary = "An offer's decrypted content", description = "The owner's side, administrators, the bidder and the "
			+ "experts on the offer's panel, after the opening only (409 sealed before); 404 for anyone else. Audited.")
	TenderView.OfferContentView content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long offerId) {
		return TenderView.OfferContentView.of(service.read(user, id, offerId));
	}

	@GetMapping("/tenders/{id:[0-9]+}/files/{fileId:[0-9]+}")
	@Operation(summary = "An offer's attachment, decrypted (same rules as the offer's content)")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
		TenderService.FileDownload f = service.file(user, id, fileId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8)
				.build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(f.bytes());
	}

	@PostMapping("/tenders/{id:[0-9]+}/opening")
	@Operation(summary = "Open the offers (开标)", description = "The owner's side or an administrator, at or after the "
			+ "opening time (409 before). Audited: who, when, how many offers.")
	TenderView open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return TenderView.of(service.open(user, id));
	}

	@PostMapping("/tenders/{id:[0-9]+}/evaluation")
	@Operation(summary = "Draw the expert panels (administrators)", description = "One review per valid offer through the "
			+ "expert evaluation, with recusal of the owner's and every bidder's experts; optional panelSize.")
	TenderView evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) EvaluationBody body) {
		return TenderView.of(service.startEvaluation(user, id, body == null ? null : body.panelSize()));
	}

	@GetMapping("/tenders/{id:[0-9]+}/ranking")
	@Operation(summary = "The ranking", description = "Once every panel's result is in: all offers for the owner's side and "
			+ "administrators; a bidder gets its own row only.")
	List<TenderView.OfferRow> ranking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return service.ranking(user, id).stream().map(TenderView.OfferRow::of).toList();
	}

	@PostMapping("/tenders/{id:[0-9]+}/award")
	@Operation(summary = "Award to the first-ranked offer, with published reasons", description = "The owner's side or an "
			+ "administrator. A trade of an achievement becomes a deal (origin TENDER).")
	TenderView award(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReasonsBody body) {
		return TenderView.of(service.award(user, id, body.reasons()));
	}

	@PostMapping("/tenders/{id:[0-9]+}/failure")
	@Operation(summary = "Declare the tender failed, with published reasons (after the opening)")
	TenderView fail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReasonsBody body) {
		return TenderView.of(service.fail(user, id, body.reasons()));
	}

	@PostMapping("/tenders/{id:[0-9]+}/cancellation")
	@Operation(summary = "Cancel the tender before its deadline, with reasons")
	TenderView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReasonsBody body) {
		return TenderView.of(service.cancel(user, id, body.reasons()));
	}

	private TenderView.OwnOffer own(CurrentUser user, TenderOffer o) {
		return TenderView.OwnOffer.of(o, o.getDepositId() == null ? null : deposits.find(o.getDepositId()).orElse(null),
				service.ownFiles(user, o.getTenderId()));
	}
}
