package org.opentechmarket.trading.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.trading.domain.Agreement;
import org.opentechmarket.trading.domain.NegotiationService;
import org.opentechmarket.trading.domain.NoticeService;
import org.opentechmarket.trading.domain.Offer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inquiries, formal offers and the public notice of negotiated prices (JSON; errors are RFC 9457 problems). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inquiry and negotiation", description = "询价 / 议价: threads, formal offers, acceptance; 协议定价公示 with objections")
class NegotiationApiController {

	private final NegotiationService negotiation;
	private final NoticeService notices;

	NegotiationApiController(NegotiationService negotiation, NoticeService notices) {
		this.negotiation = negotiation;
		this.notices = notices;
	}

	@GetMapping("/inquiries")
	@Operation(summary = "The inquiries of my organisation", description = "As buyer or seller, most recently active first.")
	List<Json.InquiryJson> mine(@AuthenticationPrincipal CurrentUser user) {
		return negotiation.mine(user).stream().map(Json.InquiryJson::summary).toList();
	}

	@PostMapping("/inquiries")
	@Operation(summary = "Open an inquiry on a published achievement", description = "A trader (INSTITUTION or ENTERPRISE) "
			+ "of a verified organisation, on another organisation's achievement, with a first message. When the "
			+ "organisation has an open thread on the achievement, the message goes there (same id). afterAuctionId names "
			+ "a failed auction the inquiry follows.")
	ResponseEntity<Json.InquiryJson> open(@AuthenticationPrincipal CurrentUser user, @RequestBody Json.OpenInquiry body) {
		if (body.achievementId() == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("achievementId", "validation.required")));
		}
		long id = negotiation.open(user, body.achievementId(), body.message(), body.afterAuctionId()).getId();
		return ResponseEntity.created(URI.create("/api/v1/inquiries/" + id))
			.body(Json.InquiryJson.of(negotiation.thread(user, id)));
	}

	@GetMapping("/inquiries/{id:[0-9]+}")
	@Operation(summary = "One inquiry with its messages, offers and agreements", description = "The two parties' traders "
			+ "and administrators; 404 for anyone else.")
	Json.InquiryJson one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Json.InquiryJson.of(negotiation.thread(user, id));
	}

	@PostMapping("/inquiries/{id:[0-9]+}/messages")
	@Operation(summary = "Write in an inquiry")
	ResponseEntity<Json.InquiryJson> write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.MessageBody body) {
		negotiation.write(user, id, body.body());
		return ResponseEntity.status(HttpStatus.CREATED).body(Json.InquiryJson.of(negotiation.thread(user, id)));
	}

	@PostMapping("/inquiries/{id:[0-9]+}/offers")
	@Operation(summary = "Make a formal offer", description = "Price (string, two decimals), method, licence mode/term/"
			+ "territory for a licence, payment plan (LUMP_SUM with dueDate; INSTALMENTS summing exactly to the price; "
			+ "ROYALTY with royaltyRate % and royaltyBase; ENTRY_FEE_ROYALTY with entryFee and dueDate too), terms text, "
			+ "validUntil (ISO date, today at the earliest). Counters the other side's open offer, replaces one's own.")
	ResponseEntity<Json.OfferJson> offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.OfferBody body) {
		Offer o = negotiation.offer(user, id, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/offers/" + o.getId())).body(Json.OfferJson.of(o, today(user, id)));
	}

	@PostMapping("/inquiries/{id:[0-9]+}/closure")
	@Operation(summary = "End the talks", description = "Either party; an open offer is withdrawn.")
	Json.InquiryJson close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		negotiation.close(user, id);
		return Json.InquiryJson.of(negotiation.thread(user, id));
	}

	@GetMapping("/offers/{id:[0-9]+}")
	@Operation(summary = "One offer", description = "Same visibility as its inquiry.")
	Json.OfferJson offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Offer o = negotiation.offerFor(user, id);
		return Json.OfferJson.of(o, today(user, o.getInquiryId()));
	}

	@PostMapping("/offers/{id:[0-9]+}/counter")
	@Operation(summary = "Counter an open offer of the other side", description = "409 when the offer is no longer open.")
	ResponseEntity<Json.OfferJson> counter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.OfferBody body) {
		Offer o = negotiation.counter(user, id, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/offers/" + o.getId()))
			.body(Json.OfferJson.of(o, today(user, o.getInquiryId())));
	}

	@PostMapping("/offers/{id:[0-9]+}/acceptance")
	@Operation(summary = "Accept an open, valid offer of the other side", description = "The thread is agreed. A state-owned "
			+ "seller's agreement goes into public notice (GET /api/v1/notices/{agreementId}); any other becomes a deal at "
			+ "once (dealId). 409 past the offer's validity. relatedParty declares the buyer a related party.")
	Json.AgreementRef accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Json.AcceptBody body) {
		Agreement a = negotiation.accept(user, id, body != null && Boolean.TRUE.equals(body.relatedParty()),
				body == null ? null : body.relatedPartyNote());
		return Json.AgreementRef.of(a);
	}

	@PostMapping("/offers/{id:[0-9]+}/rejection")
	@Operation(summary = "Reject an open offer of the other side", description = "With an optional reason.")
	Json.OfferJson reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Json.ReasonBody body) {
		Offer o = negotiation.reject(user, id, body == null ? null : body.reason());
		return Json.OfferJson.of(o, today(user, o.getInquiryId()));
	}

	// ------------------------------------------------------------------ public notices (协议定价公示)

	@GetMapping("/notices")
	@Operation(summary = "Negotiated prices in public notice", description = "Public. Agreements of state-owned sellers "
			+ "during their notice (浙江省促进科技成果转化条例 第十七条), the earliest ending first. (Achievement registration "
			+ "notices are pages at /notices, not part of this API.)")
	List<Json.NoticeJson> notices(@AuthenticationPrincipal CurrentUser user) {
		return notices.current().stream()
			.map(a -> Json.NoticeJson.of(a, notices.hasOpenObjection(a), notices.objectionsOf(user, a)))
			.toList();
	}

	@GetMapping("/notices/{id:[0-9]+}")
	@Operation(summary = "One notice", description = "Public; objections are listed for administrators and the parties, "
			+ "one's own for others.")
	Json.NoticeJson notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Agreement a = notices.notice(id);
		return Json.NoticeJson.of(a, notices.hasOpenObjection(a), notices.objectionsOf(user, a));
	}

	@PostMapping("/notices/{id:[0-9]+}/objections")
	@Operation(summary = "Object to a notice", description = "Anyone signed in, while the notice runs; an open objection "
			+ "holds the deal until an administrator resolves it.")
	ResponseEntity<Json.ObjectionJson> object(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Json.ObjectionBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Json.ObjectionJson.of(notices.object(user, id,
				body.reasons())));
	}

	@PostMapping("/notices/objections/{id:[0-9]+}/resolution")
	@Operation(summary = "Resolve an objection (administrators)", description = "upheld=true blocks the deal; false "
			+ "dismisses it. A reason is required.")
	Json.ObjectionJson resolve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody Json.ResolutionBody body) {
		if (body.upheld() == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("upheld", "validation.required")));
		}
		return Json.ObjectionJson.of(notices.resolve(admin, id, body.upheld(), body.resolution()));
	}

	private java.time.LocalDate today(CurrentUser user, long inquiryId) {
		return negotiation.thread(user, inquiryId).today();
	}
}
