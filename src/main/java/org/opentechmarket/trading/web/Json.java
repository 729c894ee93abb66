package org.opentechmarket.trading.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.broker.AttachedBroker;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.domain.Agreement;
import org.opentechmarket.trading.domain.AgreementObjection;
import org.opentechmarket.trading.domain.DealDocument;
import org.opentechmarket.trading.domain.DealPayment;
import org.opentechmarket.trading.domain.DealService;
import org.opentechmarket.trading.domain.Inquiry;
import org.opentechmarket.trading.domain.InquiryMessage;
import org.opentechmarket.trading.domain.Instalment;
import org.opentechmarket.trading.domain.NegotiationService;
import org.opentechmarket.trading.domain.Offer;
import org.opentechmarket.trading.domain.OfferDraft;
import org.opentechmarket.trading.domain.PaymentPlan;
import org.opentechmarket.trading.domain.PlanKind;

/** The trading API's request and response bodies. Amounts are strings with two decimals ("1234.50"), never numbers. */
final class Json {

	private Json() {
	}

	// ------------------------------------------------------------------ plans

	record InstalmentJson(String amount, LocalDate dueDate) {
	}

	/** A payment plan; {@code royaltyRate} is a percentage, e.g. "3.5". */
	record PlanJson(PlanKind kind, LocalDate dueDate, List<InstalmentJson> instalments, String entryFee, String royaltyRate,
			String royaltyBase) {

		static PlanJson of(PaymentPlan p) {
			if (p == null) {
				return null;
			}
			return new PlanJson(p.kind(), p.dueDate(),
					p.instalments().stream().map(i -> new InstalmentJson(Money.text(i.amount()), i.dueDate())).toList(),
					Money.text(p.entryFee()), p.royaltyRate() == null ? null : p.royaltyRate().stripTrailingZeros()
						.toPlainString(), p.royaltyBase());
		}

		/** The plan, or the fields that are not numbers. */
		PaymentPlan toPlan(String prefix, List<FieldViolation> violations) {
			List<Instalment> list = new ArrayList<>();
			List<InstalmentJson> given = instalments == null ? List.of() : instalments;
			for (int i = 0; i < given.size(); i++) {
				InstalmentJson j = given.get(i);
				list.add(new Instalment(amount(j == null ? null : j.amount(), prefix + "instalments[" + i + "].amount",
						violations), j == null ? null : j.dueDate()));
			}
			return new PaymentPlan(kind, dueDate, list, amount(entryFee, prefix + "entryFee", violations),
					amount(royaltyRate, prefix + "royaltyRate", violations), royaltyBase);
		}
	}

	static BigDecimal amount(String text, String field, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal value = Money.number(text);
		if (value == null) {
			violations.add(FieldViolation.of(field, "trading.amount.invalid"));
		}
		return value;
	}

	static void failOn(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	// ------------------------------------------------------------------ inquiries and offers

	record OpenInquiry(Long achievementId, String message, Long afterAuctionId) {
	}

	record MessageBody(String body) {
	}

	record OfferBody(String price, TradeMethod method, LicenceMode licenceMode, String term, String territory, PlanJson plan,
			String termsText, LocalDate validUntil, String note) {

		OfferDraft toDraft() {
			List<FieldViolation> v = new ArrayList<>();
			BigDecimal p = amount(price, "price", v);
			PaymentPlan pp = plan == null ? null : plan.toPlan("plan.", v);
			failOn(v);
			return new OfferDraft(p, method, licenceMode, term, territory, pp, termsText, validUntil, note);
		}
	}

	record AcceptBody(Boolean relatedParty, String relatedPartyNote) {
	}

	record ReasonBody(String reason) {
	}

	record MessageJson(long id, String side, String author, String body, Long offerId, Instant createdAt) {

		static MessageJson of(InquiryMessage m) {
			return new MessageJson(m.getId(), m.getSide().name(), m.getAuthorName(), m.getBody(), m.getOfferId(),
					m.getCreatedAt());
		}
	}

	record OfferJson(long id, long inquiryId, String side, String status, boolean acceptable, boolean expired, String price,
			TradeMethod method, LicenceMode licenceMode, String term, String territory, PlanJson plan, String termsText,
			LocalDate validUntil, Long counterOf, String madeBy, Instant madeAt, String decidedBy, Instant decidedAt,
			String decisionReason) {

		static OfferJson of(Offer o, LocalDate today) {
			return new OfferJson(o.getId(), o.getInquiryId(), o.getSide().name(), o.getStatus().name(),
					o.isAcceptableOn(today), o.isExpiredOn(today), Money.text(o.getPrice()), o.terms().method(),
					o.terms().licenceMode(), o.terms().term(), o.terms().territory(), PlanJson.of(o.plan()),
					o.getTermsText(), o.getValidUntil(), o.getCounterOf(), o.getMadeBy(), o.getMadeAt(), o.getDecidedBy(),
					o.getDecidedAt(), o.getDecisionReason());
		}
	}

	record AgreementRef(long id, String status, boolean publicNotice, Instant noticeEndsAt, Long dealId) {

		static AgreementRef of(Agreement a) {
			return new AgreementRef(a.getId(), a.getStatus().name(), a.hasNotice(), a.getNoticeEndsAt(), a.getDealId());
		}
	}

	record InquiryJson(long id, long achievementId, String achievementTitle, long sellerOrganisationId, String sellerName,
			long buyerOrganisationId, String buyerName, String status, Long afterAuctionId, String yourSide,
			Instant createdAt, Instant updatedAt, List<MessageJson> messages, List<OfferJson> offers,
			List<AgreementRef> agreements) {

		static InquiryJson of(NegotiationService.Thread t) {
			Inquiry i = t.inquiry();
			return new InquiryJson(i.getId(), i.getAchievementId(), i.getAchievementTitle(), i.getSellerOrganisationId(),
					i.getSellerName(), i.getBuyerOrganisationId(), i.getBuyerName(), i.getStatus().name(),
					i.getAfterAuctionId(), t.viewerSide() == null ? null : t.viewerSide().name(), i.getCreatedAt(),
					i.getUpdatedAt(), t.messages().stream().map(MessageJson::of).toList(),
					t.offers().stream().map(o -> OfferJson.of(o, t.today())).toList(),
					t.agreements().stream().map(AgreementRef::of).toList());
		}

		static InquiryJson summary(Inquiry i) {
			return new InquiryJson(i.getId(), i.getAchievementId(), i.getAchievementTitle(), i.getSellerOrganisationId(),
					i.getSellerName(), i.getBuyerOrganisationId(), i.getBuyerName(), i.getStatus().name(),
					i.getAfterAuctionId(), null, i.getCreatedAt(), i.getUpdatedAt(), null, null, null);
		}
	}

	// ------------------------------------------------------------------ notices

	record ObjectionBody(String reasons) {
	}

	record ResolutionBody(Boolean upheld, String resolution) {
	}

	record ObjectionJson(long id, long agreementId, String filedBy, String reasons, Instant filedAt, String status,
			String resolution, Instant resolvedAt) {

		static ObjectionJson of(AgreementObjection o) {
			return new ObjectionJson(o.getId(), o.getAgreementId(), o.getFiledBy(), o.getReasons(), o.getFiledAt(),
					o.getStatus().name(), o.getResolution(), o.getResolvedAt());
		}
	}

	/** A public notice: what 浙江省促进科技成果转化条例 第十七条 asks to publish, and the flags. */
	record NoticeJson(long id, long achievementId, String achievementTitle, String achievementSummary, String sellerName,
			String buyerName, TradeMethod method, LicenceMode licenceMode, String term, String territory, String price,
			String status, Instant noticeStartsAt, Instant noticeEndsAt, boolean buyerMayBeInventor, String buyerInventors,
			boolean relatedParty, String relatedPartyNote, boolean objectionPending, List<ObjectionJson> objections) {

		static NoticeJson of(Agreement a, boolean pending, List<AgreementObjection> objections) {
			return new NoticeJson(a.getId(), a.getAchievementId(), a.getAchievementTitle(), a.getAchievementSummary(),
					a.getSellerName(), a.getBuyerName(), a.getMethod(), a.getLicenceMode(), a.getLicenceTerm(),
					a.getTerritory(), Money.text(a.getPrice()), a.getStatus().name(), a.getNoticeStartsAt(),
					a.getNoticeEndsAt(), a.isBuyerInventor(), a.getBuyerInventors(), a.isRelatedParty(),
					a.getRelatedPartyNote(), pending, objections.stream().map(ObjectionJson::of).toList());
		}
	}

	// ------------------------------------------------------------------ deals

	record SignBody(LocalDate signedOn) {
	}

	record BrokerBody(Long brokerUserId) {
	}

	record AttachmentJson(long attachmentId) {
	}

	record Party(long organisationId, String name) {
	}

	record PaymentJson(long id, long dealId, String amount, LocalDate paidOn, String bankReference, String status,
			String evidenceFileName, String evidenceSha256, String recordedBy, Instant recordedAt, String decidedBy,
			Instant decidedAt, String rejectionReason) {

		static PaymentJson of(DealPayment p) {
			return new PaymentJson(p.getId(), p.getDealId(), Money.text(p.getAmount()), p.getPaidOn(), p.getBankReference(),
					p.getStatus().name(), p.getEvidenceFileName(), p.getEvidenceSha256(), p.getRecordedBy(),
					p.getRecordedAt(), p.getDecidedBy(), p.getDecidedAt(), p.getRejectionReason());
		}
	}

	record DocumentJson(long id, String kind, String fileName, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt) {

		static DocumentJson of(DealDocument d) {
			return new DocumentJson(d.getId(), d.getKind().name(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
					d.getSha256(), d.getUploadedBy(), d.getUploadedAt());
		}
	}

	record BrokerJson(long brokerUserId, String displayName, String organisation) {

		static BrokerJson of(AttachedBroker b) {
			return new BrokerJson(b.brokerUserId(), b.displayName(), b.organisation());
		}
	}

	record AppliedDeposit(long id, String amount) {
	}

	record DealJson(long id, String reference, String origin, long originId, long achievementId, String achievementTitle,
			Party seller, Party buyer, TradeMethod method, LicenceMode licenceMode, String term, String territory,
			String price, String status, PlanJson plan, LocalDate signedOn, String paid, String outstanding,
			String pendingPayments, List<PaymentJson> payments, List<DocumentJson> documents,
			List<AppliedDeposit> appliedDeposits, List<BrokerJson> brokers, Instant createdAt, Instant completedAt,
			Instant terminatedAt, String terminationReason) {

		static DealJson of(DealService.Details d) {
			var deal = d.deal();
			return new DealJson(deal.getId(), deal.reference(), deal.getOrigin().name(), deal.getOriginId(),
					deal.getAchievementId(), deal.getAchievementTitle(),
					new Party(deal.getSellerOrganisationId(), deal.getSellerName()),
					new Party(deal.getBuyerOrganisationId(), deal.getBuyerName()), deal.terms().method(),
					deal.terms().licenceMode(), deal.terms().term(), deal.terms().territory(),
					Money.text(deal.getPrice()), deal.getStatus().name(), PlanJson.of(d.plan()), deal.getSignedOn(),
					Money.text(d.paid()), Money.text(d.outstanding()), Money.text(d.pendingPayments()),
					d.payments().stream().map(PaymentJson::of).toList(),
					d.documents().stream().map(DocumentJson::of).toList(),
					d.appliedDeposits().stream().map(x -> new AppliedDeposit(x.id(), Money.text(x.amount()))).toList(),
					d.brokers().stream().map(BrokerJson::of).toList(), deal.getCreatedAt(), deal.getCompletedAt(),
					deal.getTerminatedAt(), deal.getTerminationReason());
		}
	}

	record DealListItem(long id, String reference, String origin, String achievementTitle, String sellerName,
			String buyerName, String price, String status, Instant updatedAt) {

		static DealListItem of(org.opentechmarket.trading.domain.Deal d) {
			return new DealListItem(d.getId(), d.reference(), d.getOrigin().name(), d.getAchievementTitle(),
					d.getSellerName(), d.getBuyerName(), Money.text(d.getPrice()), d.getStatus().name(), d.getUpdatedAt());
		}
	}

	// ------------------------------------------------------------------ deposits

	record BankReferenceBody(String bankReference) {
	}

	record DepositJson(long id, String subjectKind, long subjectId, long payerOrganisationId, String amount, String status,
			String bankReference, String confirmedBy, Instant confirmedAt, Long appliedToDealId) {

		static DepositJson of(DepositView d) {
			return new DepositJson(d.id(), d.subject().kind(), d.subject().id(), d.payerOrganisationId(),
					Money.text(d.amount()), d.status().name(), d.bankReference(), d.confirmedBy(), d.confirmedAt(),
					d.appliedToDealId());
		}
	}
}
