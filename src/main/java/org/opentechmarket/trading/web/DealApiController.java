package org.opentechmarket.trading.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.domain.DealDocument;
import org.opentechmarket.trading.domain.DealPayment;
import org.opentechmarket.trading.domain.DealService;
import org.opentechmarket.trading.domain.DepositService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Deals and deposits (JSON; amounts are strings with two decimals; errors are RFC 9457 problems). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deals and deposits", description = "成交: payment plans, contract documents, payments, completion; 保证金")
class DealApiController {

	private final DealService deals;
	private final DepositService deposits;

	DealApiController(DealService deals, DepositService deposits) {
		this.deals = deals;
		this.deposits = deposits;
	}

	@GetMapping("/deals")
	@Operation(summary = "Deals", description = "My organisation's deals as seller or buyer; every deal for administrators.")
	List<Json.DealListItem> list(@AuthenticationPrincipal CurrentUser user) {
		return (user.isAdmin() ? deals.all(user) : deals.ofMyOrganisation(user)).stream().map(Json.DealListItem::of).toList();
	}

	@GetMapping("/deals/{id:[0-9]+}")
	@Operation(summary = "One deal", description = "The parties' traders, brokers attached to it and administrators; 404 "
			+ "for anyone else. paid = confirmed payments + applied deposits.")
	Json.DealJson one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Json.DealJson.of(deals.details(user, id));
	}

	@PutMapping("/deals/{id:[0-9]+}/plan")
	@Operation(summary = "Set the payment plan", description = "Either party while the deal is AGREED (民法典 第八百四十六条). "
			+ "Instalments must sum exactly to the price, in strictly later due dates.")
	Json.DealJson plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Json.PlanJson body) {
		List<FieldViolation> v = new ArrayList<>();
		var plan = body.toPlan("plan.", v);
		Json.failOn(v);
		deals.setPlan(user, id, plan);
		return Json.DealJson.of(deals.details(user, id));
	}

	@PostMapping(path = "/deals/{id:[0-9]+}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a document", description = "multipart: file (PDF, image, DOCX), kind CONTRACT or OTHER.")
	ResponseEntity<Json.DocumentJson> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "OTHER") DealDocument.Kind kind)
			throws IOException {
		DealDocument d = deals.addDocument(user, id, kind, file.getOriginalFilename(), file.getSize(),
				file.isEmpty() ? null : file.getInputStream());
		return ResponseEntity.status(HttpStatus.CREATED).body(Json.DocumentJson.of(d));
	}

	@PostMapping("/deals/{id:[0-9]+}/signature")
	@Operation(summary = "Record the contract as signed", description = "Either party: AGREED → CONTRACT_SIGNED; needs the "
			+ "plan and an uploaded CONTRACT document; signedOn not in the future.")
	Json.DealJson sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Json.SignBody body) {
		deals.sign(user, id, body.signedOn());
		return Json.DealJson.of(deals.details(user, id));
	}

	@PostMapping(path = "/deals/{id:[0-9]+}/payments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Record a payment (buyer or administrator)", description = "multipart: amount (\"1234.50\"), "
			+ "paidOn (ISO date), bankReference, file (the bank slip). The bank reference is unique per deal: the same "
			+ "reference with the same amount and date returns the payment already recorded; a different one is 409. For a "
			+ "fixed total, recorded payments may not exceed what is outstanding.")
	ResponseEntity<Json.PaymentJson> pay(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String bankReference,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		List<FieldViolation> v = new ArrayList<>();
		BigDecimal value = Json.amount(amount, "amount", v);
		Json.failOn(v);
		DealPayment p = deals.recordPayment(user, id, value, paidOn, bankReference,
				file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(),
				file == null || file.isEmpty() ? null : file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/deals/" + id + "/payments/" + p.getId()))
			.body(Json.PaymentJson.of(p));
	}

	@PostMapping("/deals/{id:[0-9]+}/payments/{paymentId:[0-9]+}/confirmation")
	@Operation(summary = "Confirm a payment was received (seller or administrator)", description = "Idempotent. A fixed "
			+ "total paid in full completes the deal and marks the achievement converted.")
	Json.PaymentJson confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long paymentId) {
		ofDeal(user, id, paymentId);
		return Json.PaymentJson.of(deals.confirmPayment(user, paymentId));
	}

	@PostMapping("/deals/{id:[0-9]+}/payments/{paymentId:[0-9]+}/rejection")
	@Operation(summary = "Reject a recorded payment (seller or administrator)", description = "With a reason.")
	Json.PaymentJson reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long paymentId,
			@RequestBody Json.ReasonBody body) {
		ofDeal(user, id, paymentId);
		return Json.PaymentJson.of(deals.rejectPayment(user, paymentId, body.reason()));
	}

	@PostMapping("/deals/{id:[0-9]+}/completion")
	@Operation(summary = "Complete the deal (seller or administrator)", description = "A fixed total must be paid in full; "
			+ "royalty plans complete by this act (entry fee paid first).")
	Json.DealJson complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		deals.complete(user, id);
		return Json.DealJson.of(deals.details(user, id));
	}

	@PostMapping("/deals/{id:[0-9]+}/termination")
	@Operation(summary = "Terminate the deal", description = "Either party or an administrator, with a reason.")
	Json.DealJson terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.ReasonBody body) {
		deals.terminate(user, id, body.reason());
		return Json.DealJson.of(deals.details(user, id));
	}

	@PostMapping("/deals/{id:[0-9]+}/brokers")
	@Operation(summary = "Invite a broker to the deal", description = "A party invites; the broker accepts in the workbench "
			+ "(broker attachments with consent).")
	ResponseEntity<Json.AttachmentJson> broker(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.BrokerBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Json.AttachmentJson(deals.inviteBroker(user, id, required(body.brokerUserId(), "brokerUserId"))));
	}

	// ------------------------------------------------------------------ deposits

	@GetMapping("/deposits")
	@Operation(summary = "Deposits", description = "Administrators: pending and confirmed deposits not yet closed; others: "
			+ "their organisation's deposits.")
	List<Json.DepositJson> deposits(@AuthenticationPrincipal CurrentUser user) {
		var list = user.isAdmin() ? deposits.open(user) : deposits.ofPayer(user);
		return list.stream().map(d -> Json.DepositJson.of(d.view())).toList();
	}

	@GetMapping("/deposits/{id:[0-9]+}")
	@Operation(summary = "One deposit", description = "Its payer's members and administrators; 404 otherwise.")
	Json.DepositJson deposit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Json.DepositJson.of(deposits.view(user, id));
	}

	@PostMapping("/deposits/{id:[0-9]+}/confirmation")
	@Operation(summary = "Confirm a deposit was received (administrators)", description = "bankReference required. "
			+ "Confirming a confirmed deposit is a no-op that returns it; the route it secures is told once.")
	Json.DepositJson confirmDeposit(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody Json.BankReferenceBody body) {
		return Json.DepositJson.of(deposits.confirm(id, admin, body.bankReference()));
	}

	@PostMapping("/deposits/{id:[0-9]+}/release")
	@Operation(summary = "Release a deposit (administrators)", description = "With a reason; idempotent.")
	Json.DepositJson release(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody Json.ReasonBody body) {
		DepositView d = deposits.release(admin, id, body.reason());
		return Json.DepositJson.of(d);
	}

	@PostMapping("/deposits/{id:[0-9]+}/forfeiture")
	@Operation(summary = "Forfeit a deposit (administrators)", description = "With a reason; idempotent.")
	Json.DepositJson forfeit(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody Json.ReasonBody body) {
		return Json.DepositJson.of(deposits.forfeit(admin, id, body.reason()));
	}

	private static long required(Long value, String field) {
		if (value == null) {
			throw DomainException.invalid(List.of(FieldViolation.of(field, "validation.required")));
		}
		return value;
	}

	private void ofDeal(CurrentUser user, long dealId, long paymentId) {
		if (deals.payment(user, paymentId).getDealId() != dealId) {
			throw DomainException.notFound("payment.notFound", paymentId);
		}
	}
}
