package org.opentechmarket.trading.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.platform.Role;
import org.opentechmarket.platform.WorkingDays;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiry and negotiation (询价 / 议价): threads of messages and formal offers between a buyer organisation and the holder of
 * a published achievement. Only members of the two organisations who trade for them (roles INSTITUTION or ENTERPRISE) see
 * and act on a thread; administrators read it; everyone else gets 404. Every change locks the thread's row, so an accept and
 * a counter-offer at the same moment are ordered: the second finds the offer no longer open.
 */
@Service
@Transactional
public class NegotiationService {

	static final int TERM_MAX = 100;

	private final InquiryRepository inquiries;
	private final InquiryMessageRepository messages;
	private final OfferRepository offers;
	private final AgreementRepository agreements;
	private final NoticeService notices;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final List<ReviewSubjectProvider> subjects;
	private final TradingProperties properties;
	private final WorkingDays workingDays;
	private final AuditLog audit;
	private final Inbox inbox;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	NegotiationService(InquiryRepository inquiries, InquiryMessageRepository messages, OfferRepository offers,
			AgreementRepository agreements, NoticeService notices, Achievements achievements, Organisations organisations,
			UserAccounts users, List<ReviewSubjectProvider> subjects, TradingProperties properties, WorkingDays workingDays,
			AuditLog audit, Inbox inbox, JdbcTemplate jdbc, Clock clock) {
		this.inquiries = inquiries;
		this.messages = messages;
		this.offers = offers;
		this.agreements = agreements;
		this.notices = notices;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.subjects = subjects;
		this.properties = properties;
		this.workingDays = workingDays;
		this.audit = audit;
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Everything a thread page or the API shows. */
	public record Thread(Inquiry inquiry, Side viewerSide, List<InquiryMessage> messages, List<Offer> offers,
			List<Agreement> agreements, LocalDate today) {

		public Optional<Offer> openOffer() {
			return offers.stream().filter(o -> o.getStatus() == OfferStatus.OPEN).findFirst();
		}

		/** The viewer's side may accept, reject or counter this offer now. */
		public boolean mayDecide(Offer offer) {
			return viewerSide != null && offer.getSide() != viewerSide && offer.isAcceptableOn(today)
					&& inquiry.getStatus() == InquiryStatus.OPEN;
		}

		public boolean mayWrite() {
			return viewerSide != null && inquiry.getStatus() != InquiryStatus.CLOSED;
		}

		public boolean mayOffer() {
			return viewerSide != null && inquiry.getStatus() == InquiryStatus.OPEN;
		}
	}

	// ------------------------------------------------------------------ threads

	/**
	 * A buyer opens an inquiry on a published achievement of another organisation (or writes in its open thread on it, when
	 * there is one). {@code afterAuctionId} names the failed auction the buyer comes from, if any.
	 */
	public Inquiry open(CurrentUser user, long achievementId, String message, Long afterAuctionId) {
		requireTrader(user);
		OrganisationSummary buyer = verifiedOrganisation(user.organisationId());
		AchievementSummary achievement = achievements.find(achievementId)
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", achievementId));
		if (achievement.holderOrganisationId() == buyer.id()) {
			throw DomainException.conflict("inquiry.ownAchievement");
		}
		String body = text(message, "message", properties.negotiation().messageMaxLength(), true);
		OrganisationSummary seller = verifiedOrganisation(achievement.holderOrganisationId());
		jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {
		}, "inquiry:" + achievementId + ":" + buyer.id());
		Optional<Inquiry> existing = inquiries.findFirstByAchievementIdAndBuyerOrganisationIdAndStatus(achievementId,
				buyer.id(), InquiryStatus.OPEN);
		Inquiry inquiry;
		if (existing.isPresent()) {
			inquiry = existing.get();
			inquiry.touch(clock);
		}
		else {
			inquiry = inquiries.saveAndFlush(new Inquiry(achievement.id(), achievement.title(), seller.id(), seller.name(),
					buyer.id(), buyer.name(), user.getUsername(), afterAuctionId, clock));
			audit.record("inquiry.open", "inquiry", inquiry.getId(), "achievement " + achievementId
					+ (afterAuctionId == null ? "" : " after auction " + afterAuctionId));
		}
		messages.save(new InquiryMessage(inquiry.getId(), Side.BUYER, user.id(), user.displayName(), body, null, clock));
		audit.record("inquiry.message", "inquiry", inquiry.getId(), "BUYER");
		notifySide(inquiry, Side.SELLER, "trading.inbox.inquiry", List.of(buyer.name(), achievement.title()));
		return inquiry;
	}

	@Transactional(readOnly = true)
	public Thread thread(CurrentUser user, long inquiryId) {
		Inquiry inquiry = inquiries.findById(inquiryId).orElseThrow(() -> notFound(inquiryId));
		Side side = sideOf(user, inquiry);
		if (side == null && !(user != null && user.isAdmin())) {
			throw notFound(inquiryId);
		}
		return new Thread(inquiry, side, messages.findByInquiryIdOrderByCreatedAtAscIdAsc(inquiryId),
				offers.findByInquiryIdOrderByMadeAtAscIdAsc(inquiryId),
				agreements.findByInquiryIdOrderByAgreedAtAsc(inquiryId), LocalDate.now(clock));
	}

	/** The threads of the user's organisation, as buyer or seller, most recently active first. */
	@Transactional(readOnly = true)
	public List<Inquiry> mine(CurrentUser user) {
		if (user == null || !isTrader(user)) {
			return List.of();
		}
		return inquiries.findOfOrganisation(user.organisationId());
	}

	public InquiryMessage write(CurrentUser user, long inquiryId, String text) {
		Inquiry inquiry = lock(inquiryId);
		Side side = requireSide(user, inquiry);
		if (inquiry.getStatus() == InquiryStatus.CLOSED) {
			throw DomainException.conflict("inquiry.notOpen", inquiry.getStatus().name());
		}
		String body = text(text, "message", properties.negotiation().messageMaxLength(), true);
		InquiryMessage m = messages.save(new InquiryMessage(inquiryId, side, user.id(), user.displayName(), body, null,
				clock));
		inquiry.touch(clock);
		audit.record("inquiry.message", "inquiry", inquiryId, side.name());
		notifySide(inquiry, side.other(), "trading.inbox.message", List.of(user.organisationName(),
				inquiry.getAchievementTitle()));
		return m;
	}

	/** Either side ends the talks; an open offer is withdrawn with them. */
	public Inquiry close(CurrentUser user, long inquiryId) {
		Inquiry inquiry = lock(inquiryId);
		Side side = requireSide(user, inquiry);
		if (inquiry.getStatus() == InquiryStatus.CLOSED) {
			return inquiry;
		}
		inquiry.requireOpen();
		offers.findFirstByInquiryIdAndStatus(inquiryId, OfferStatus.OPEN)
			.ifPresent(o -> o.withdraw(user.getUsername(), "thread closed", clock));
		inquiry.move(InquiryStatus.CLOSED, clock);
		audit.record("inquiry.close", "inquiry", inquiryId, side.name());
		notifySide(inquiry, side.other(), "trading.inbox.closed", List.of(user.organisationName(),
				inquiry.getAchievementTitle()));
		return inquiry;
	}

	// ------------------------------------------------------------------ offers

	/**
	 * A side makes a formal offer. An open offer of the other side is thereby countered, an open offer of its own side
	 * replaced (withdrawn): a thread has at most one open offer.
	 */
	public Offer offer(CurrentUser user, long inquiryId, OfferDraft draft) {
		return makeOffer(user, inquiryId, draft, null);
	}

	/** A counter-offer to this open offer of the other side. */
	public Offer counter(CurrentUser user, long offerId, OfferDraft draft) {
		long inquiryId = offers.findInquiryIdById(offerId).orElseThrow(() -> offerNotFound(offerId));
		return makeOffer(user, inquiryId, draft, offerId);
	}

	private Offer makeOffer(CurrentUser user, long inquiryId, OfferDraft draft, Long counterOf) {
		Inquiry inquiry = lock(inquiryId);
		Side side = requireSide(user, inquiry);
		inquiry.requireOpen();
		LocalDate today = LocalDate.now(clock);
		failOn(check(draft, today));
		Optional<Offer> open = offers.findFirstByInquiryIdAndStatus(inquiryId, OfferStatus.OPEN);
		if (counterOf != null) {
			Offer countered = open.filter(o -> o.getId().equals(counterOf)).orElseThrow(
					() -> DomainException.conflict("offer.notOpen"));
			if (countered.getSide() == side) {
				throw DomainException.conflict("offer.ownOffer");
			}
		}
		Long previous = null;
		if (open.isPresent()) {
			Offer o = open.get();
			o.supersede(side, user.getUsername(), clock);
			previous = o.getSide() == side ? null : o.getId();
		}
		TradeTerms terms = new TradeTerms(draft.method(), draft.licenceMode(), blank(draft.term()), blank(draft.territory()));
		Offer offer = offers.saveAndFlush(new Offer(inquiryId, side, user.getUsername(), draft.price(), terms, draft.plan(),
				blank(draft.termsText()), draft.validUntil(), previous, clock));
		String note = blank(draft.note());
		messages.save(new InquiryMessage(inquiryId, side, user.id(), user.displayName(), note == null ? "" : note,
				offer.getId(), clock));
		inquiry.touch(clock);
		audit.record(previous == null ? "offer.make" : "offer.counter", "offer", offer.getId(),
				"inquiry " + inquiryId + " " + side + " " + Money.text(offer.getPrice()) + " valid until "
						+ offer.getValidUntil() + (previous == null ? "" : " counters " + previous));
		notifySide(inquiry, side.other(), "trading.inbox.offer", List.of(user.organisationName(),
				inquiry.getAchievementTitle(), Money.text(offer.getPrice())));
		return offer;
	}

	List<FieldViolation> check(OfferDraft d, LocalDate today) {
		List<FieldViolation> v = new ArrayList<>();
		if (d.price() == null) {
			v.add(FieldViolation.of("price", "validation.required"));
		}
		else if (!Money.isValid(d.price())) {
			v.add(FieldViolation.of("price", "trading.amount.invalid"));
		}
		if (d.method() == null) {
			v.add(FieldViolation.of("method", "validation.required"));
		}
		else if (d.method() == TradeMethod.LICENSE && d.licenceMode() == null) {
			v.add(FieldViolation.of("licenceMode", "trading.licenceMode.required"));
		}
		if (d.term() != null && d.term().strip().length() > TERM_MAX) {
			v.add(FieldViolation.of("term", "validation.size.max", TERM_MAX));
		}
		if (d.territory() != null && d.territory().strip().length() > TERM_MAX) {
			v.add(FieldViolation.of("territory", "validation.size.max", TERM_MAX));
		}
		if (d.plan() == null) {
			v.add(FieldViolation.of("plan.kind", "validation.required"));
		}
		else {
			v.addAll(d.plan().check(Money.isValid(d.price()) ? d.price() : null, "plan."));
		}
		int termsMax = properties.negotiation().termsMaxLength();
		if (d.termsText() != null && d.termsText().strip().length() > termsMax) {
			v.add(FieldViolation.of("termsText", "validation.size.max", termsMax));
		}
		int maxDays = properties.negotiation().maxOfferValidityDays();
		if (d.validUntil() == null) {
			v.add(FieldViolation.of("validUntil", "validation.required"));
		}
		else if (d.validUntil().isBefore(today)) {
			v.add(FieldViolation.of("validUntil", "offer.validUntil.past"));
		}
		else if (d.validUntil().isAfter(today.plusDays(maxDays))) {
			v.add(FieldViolation.of("validUntil", "offer.validUntil.tooLate", maxDays));
		}
		int messageMax = properties.negotiation().messageMaxLength();
		if (d.note() != null && d.note().strip().length() > messageMax) {
			v.add(FieldViolation.of("note", "validation.size.max", messageMax));
		}
		return v;
	}

	/**
	 * The other side accepts an open, valid offer: the thread is agreed. For a state-owned seller the agreement goes into
	 * public notice; otherwise it becomes a deal at once. The accepting side may declare that the parties are related.
	 */
	public Agreement accept(CurrentUser user, long offerId, boolean relatedParty, String relatedPartyNote) {
		// lock the thread first, then read the offer: concurrent answers to one offer are ordered and never act on a stale copy
		Inquiry inquiry = lock(offers.findInquiryIdById(offerId).orElseThrow(() -> offerNotFound(offerId)));
		Offer offer = offers.findById(offerId).orElseThrow();
		Side side = requireSide(user, inquiry);
		Optional<Agreement> done = agreements.findByOfferId(offerId);
		if (done.isPresent()) {
			// the same acceptance again (a double click, a retried request): nothing new
			return done.get();
		}
		inquiry.requireOpen();
		String note = blank(relatedPartyNote);
		if (note != null && note.length() > properties.negotiation().messageMaxLength()) {
			throw DomainException.invalid(List.of(FieldViolation.of("relatedPartyNote", "validation.size.max",
					properties.negotiation().messageMaxLength())));
		}
		offer.accept(side, user.getUsername(), LocalDate.now(clock), clock);
		inquiry.move(InquiryStatus.AGREED, clock);
		OrganisationSummary seller = verifiedOrganisation(inquiry.getSellerOrganisationId());
		verifiedOrganisation(inquiry.getBuyerOrganisationId());
		String summary = achievements.publishedProfile(inquiry.getAchievementId())
			.map(AchievementProfile::abstractText)
			.orElse(null);
		NoticePeriod period = new NoticePeriod(properties.notice().days(), properties.notice().dayKind(), workingDays);
		Agreement agreement = agreements.saveAndFlush(new Agreement(inquiry, offer, summary, seller.stateOwned(),
				buyerInventors(inquiry), relatedParty, relatedParty ? note : null,
				seller.stateOwned() ? period.end(clock.instant(), clock.getZone()) : null, clock));
		audit.record("offer.accept", "offer", offerId, "inquiry " + inquiry.getId() + " agreement " + agreement.getId()
				+ " " + Money.text(offer.getPrice()) + (relatedParty ? " related party declared" : ""));
		if (seller.stateOwned()) {
			audit.record("agreement.notice", "agreement", agreement.getId(), "until " + agreement.getNoticeEndsAt()
					+ (agreement.isBuyerInventor() ? " buyer may be inventor: " + agreement.getBuyerInventors() : ""));
			notifySide(inquiry, Side.BUYER, "trading.inbox.notice", List.of(inquiry.getAchievementTitle()));
			notifySide(inquiry, Side.SELLER, "trading.inbox.notice", List.of(inquiry.getAchievementTitle()));
		}
		else {
			notices.conclude(agreement, offer.plan());
		}
		return agreement;
	}

	public Offer reject(CurrentUser user, long offerId, String reason) {
		// lock the thread first, then read the offer: concurrent answers to one offer are ordered and never act on a stale copy
		Inquiry inquiry = lock(offers.findInquiryIdById(offerId).orElseThrow(() -> offerNotFound(offerId)));
		Offer offer = offers.findById(offerId).orElseThrow();
		Side side = requireSide(user, inquiry);
		if (offer.getStatus() == OfferStatus.REJECTED) {
			return offer;
		}
		String why = blank(reason);
		if (why != null && why.length() > properties.negotiation().messageMaxLength()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.size.max",
					properties.negotiation().messageMaxLength())));
		}
		offer.reject(side, user.getUsername(), why, clock);
		inquiry.touch(clock);
		audit.record("offer.reject", "offer", offerId, why);
		notifySide(inquiry, side.other(), "trading.inbox.rejected", List.of(user.organisationName(),
				inquiry.getAchievementTitle(), Money.text(offer.getPrice())));
		return offer;
	}

	/**
	 * Inventors of the achievement who may be the buyer: an inventor whose organisation is the buyer, or a member of the buyer
	 * organisation with an inventor's name (names only: the platform holds no other personal data). Joined by "、".
	 */
	String buyerInventors(Inquiry inquiry) {
		List<PersonRef> inventors = subjects.stream()
			.filter(p -> p.type() == ReviewSubjectType.ACHIEVEMENT)
			.findFirst()
			.flatMap(p -> p.find(inquiry.getAchievementId()))
			.map(ReviewSubject::persons)
			.orElse(List.of());
		if (inventors.isEmpty()) {
			return null;
		}
		List<CurrentUser> members = users.members(inquiry.getBuyerOrganisationId());
		Set<String> matched = new LinkedHashSet<>();
		for (PersonRef inventor : inventors) {
			boolean atBuyer = PersonRef.same(inventor.organisationName(), inquiry.getBuyerName());
			boolean member = members.stream().anyMatch(m -> PersonRef.same(m.displayName(), inventor.name()));
			if (atBuyer || member) {
				matched.add(inventor.name().strip());
			}
		}
		return matched.isEmpty() ? null : String.join("、", matched);
	}

	// ------------------------------------------------------------------ helpers

	/** The user's side in the thread, when the user trades for one of its organisations. */
	static Side sideOf(CurrentUser user, Inquiry inquiry) {
		if (user == null || !isTrader(user)) {
			return null;
		}
		return inquiry.sideOf(user.organisationId());
	}

	private Side requireSide(CurrentUser user, Inquiry inquiry) {
		Side side = sideOf(user, inquiry);
		if (side == null) {
			if (user != null && user.isAdmin()) {
				throw DomainException.forbidden("inquiry.partiesOnly");
			}
			throw notFound(inquiry.getId());
		}
		return side;
	}

	static boolean isTrader(CurrentUser user) {
		return user.has(Role.INSTITUTION) || user.has(Role.ENTERPRISE);
	}

	private static void requireTrader(CurrentUser user) {
		if (user == null || !isTrader(user)) {
			throw DomainException.forbidden("inquiry.roleRequired");
		}
	}

	private OrganisationSummary verifiedOrganisation(long id) {
		OrganisationSummary o = organisations.find(id)
			.orElseThrow(() -> DomainException.notFound("organisation.notFound", id));
		if (!o.verified()) {
			throw DomainException.forbidden("trading.organisation.notVerified", o.name());
		}
		return o;
	}

	private Inquiry lock(long inquiryId) {
		return inquiries.findByIdForUpdate(inquiryId).orElseThrow(() -> notFound(inquiryId));
	}

	private void notifySide(Inquiry inquiry, Side side, String key, List<String> args) {
		for (CurrentUser member : users.members(inquiry.organisationOf(side))) {
			if (isTrader(member)) {
				inbox.deliver(member.id(), key, args, "/inquiries/" + inquiry.getId());
			}
		}
	}

	private static String text(String value, String field, int max, boolean required) {
		String s = value == null ? "" : value.strip();
		if (s.isEmpty()) {
			if (required) {
				throw DomainException.invalid(List.of(FieldViolation.of(field, "validation.required")));
			}
			return null;
		}
		if (s.length() > max) {
			throw DomainException.invalid(List.of(FieldViolation.of(field, "validation.size.max", max)));
		}
		return s;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static void failOn(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	static DomainException notFound(long inquiryId) {
		return DomainException.notFound("inquiry.notFound", inquiryId);
	}

	private static DomainException offerNotFound(long offerId) {
		return DomainException.notFound("offer.notFound", offerId);
	}

	/** The offer, for pages and the API (same visibility as its thread). */
	@Transactional(readOnly = true)
	public Offer offerFor(CurrentUser user, long offerId) {
		Offer offer = offers.findById(offerId).orElseThrow(() -> offerNotFound(offerId));
		thread(user, offer.getInquiryId());
		return offer;
	}
}
