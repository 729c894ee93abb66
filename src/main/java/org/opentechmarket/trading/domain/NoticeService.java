package org.opentechmarket.trading.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public notice (公示) of negotiated prices agreed by state-owned sellers (浙江省促进科技成果转化条例 第十七条): the public
 * board, objections by anyone signed in, their resolution by an administrator, and the end of each notice. A notice with an
 * open objection waits for its resolution; an upheld objection blocks the deal; a clean notice becomes a deal
 * ({@link DealOrigin#NEGOTIATION}, origin id = the agreement's id).
 */
@Service
@Transactional
public class NoticeService {

	private static final Logger log = LoggerFactory.getLogger(NoticeService.class);
	static final int REASONS_MAX = 4000;
	static final int PAST_NOTICES = 50;

	private final AgreementRepository agreements;
	private final AgreementObjectionRepository objections;
	private final InquiryRepository inquiries;
	private final OfferRepository offers;
	private final DealService deals;
	private final UserAccounts users;
	private final TradingProperties properties;
	private final AuditLog audit;
	private final Inbox inbox;
	private final Clock clock;
	private final TransactionTemplate transactions;

	NoticeService(AgreementRepository agreements, AgreementObjectionRepository objections, InquiryRepository inquiries,
			OfferRepository offers, DealService deals, UserAccounts users, TradingProperties properties, AuditLog audit,
			Inbox inbox, Clock clock, PlatformTransactionManager transactionManager) {
		this.agreements = agreements;
		this.objections = objections;
		this.inquiries = inquiries;
		this.offers = offers;
		this.deals = deals;
		this.users = users;
		this.properties = properties;
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// ------------------------------------------------------------------ the public board

	/** Agreements in public notice now, the earliest ending first. */
	@Transactional(readOnly = true)
	public List<Agreement> current() {
		return agreements.findByStatusAndNoticeStartsAtIsNotNullOrderByNoticeEndsAtAscIdAsc(AgreementStatus.IN_NOTICE);
	}

	/** The latest notices that ended (concluded or blocked). */
	@Transactional(readOnly = true)
	public List<Agreement> past() {
		return agreements.findPastNotices(EnumSet.of(AgreementStatus.CONCLUDED, AgreementStatus.BLOCKED),
				PageRequest.of(0, PAST_NOTICES));
	}

	/** One notice, public; agreements without a notice (sellers not state-owned) are not on the board. */
	@Transactional(readOnly = true)
	public Agreement notice(long agreementId) {
		return agreements.findById(agreementId).filter(Agreement::hasNotice)
			.orElseThrow(() -> DomainException.notFound("notice.notFound", agreementId));
	}

	/**
	 * Objections to a notice: all of them for administrators and the two parties' members, the user's own otherwise (the
	 * public sees that the notice is held, not who objected).
	 */
	@Transactional(readOnly = true)
	public List<AgreementObjection> objectionsOf(CurrentUser user, Agreement a) {
		List<AgreementObjection> all = objections.findByAgreementIdOrderByFiledAtAscIdAsc(a.getId());
		if (user != null && (user.isAdmin() || user.belongsTo(a.getSellerOrganisationId())
				|| user.belongsTo(a.getBuyerOrganisationId()))) {
			return all;
		}
		return user == null ? List.of() : all.stream().filter(o -> o.getFiledBy().equals(user.getUsername())).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasOpenObjection(Agreement a) {
		return objections.existsByAgreementIdAndStatus(a.getId(), AgreementObjection.Status.OPEN);
	}

	@Transactional(readOnly = true)
	public List<AgreementObjection> openObjections(CurrentUser admin) {
		DepositService.requireAdmin(admin);
		return objections.findByStatusOrderByFiledAtAscIdAsc(AgreementObjection.Status.OPEN);
	}

	// ------------------------------------------------------------------ objections

	/** Anyone signed in objects while the notice runs; the agreement's row lock orders this against the notice's end. */
	public AgreementObjection object(CurrentUser user, long agreementId, String reasons) {
		if (user == null) {
			throw DomainException.forbidden();
		}
		Agreement a = agreements.findByIdForUpdate(agreementId).filter(Agreement::hasNotice)
			.orElseThrow(() -> DomainException.notFound("notice.notFound", agreementId));
		if (!a.inNotice(clock.instant())) {
			throw DomainException.conflict("notice.objection.onlyDuringNotice");
		}
		int min = properties.notice().objectionMinLength();
		String text = reasons == null ? "" : reasons.strip();
		if (text.length() < min) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "notice.objection.tooShort", min)));
		}
		if (text.length() > REASONS_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "validation.size.max", REASONS_MAX)));
		}
		AgreementObjection o = objections.save(new AgreementObjection(agreementId, user.getUsername(), user.organisationId(),
				text, clock));
		audit.record("notice.objection", "agreement", agreementId, "objection " + o.getId());
		for (CurrentUser admin : users.usersWithRole(Role.ADMIN)) {
			inbox.deliver(admin.id(), "trading.inbox.objection", List.of(a.getAchievementTitle()), "/admin/trade-notices");
		}
		notifyParties(a, "trading.inbox.objection", "/trade-notices/" + agreementId);
		return o;
	}

	/**
	 * An administrator upholds (the agreement is blocked; the parties may negotiate again) or dismisses an objection, with a
	 * reason. A dismissal after the notice ended concludes the agreement now when no other objection is open.
	 */
	public AgreementObjection resolve(CurrentUser admin, long objectionId, boolean upheld, String resolution) {
		DepositService.requireAdmin(admin);
		String text = resolution == null ? "" : resolution.strip();
		if (text.isEmpty()) {
			throw DomainException.invalid(List.of(FieldViolation.of("resolution", "validation.required")));
		}
		if (text.length() > REASONS_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("resolution", "validation.size.max", REASONS_MAX)));
		}
		AgreementObjection o = objections.findById(objectionId)
			.orElseThrow(() -> DomainException.notFound("objection.notFound", objectionId));
		Agreement a = agreements.findByIdForUpdate(o.getAgreementId()).orElseThrow();
		o.resolve(upheld, text, admin.getUsername(), clock);
		audit.record(upheld ? "notice.objection.uphold" : "notice.objection.dismiss", "agreement", a.getId(),
				"objection " + objectionId + ": " + text);
		if (upheld && a.getStatus() == AgreementStatus.IN_NOTICE) {
			a.block(clock);
			audit.record("agreement.block", "agreement", a.getId(), "objection " + objectionId + " upheld");
			reopen(a);
			notifyParties(a, "trading.inbox.blocked", "/trade-notices/" + a.getId());
		}
		else if (!upheld) {
			objections.flush();
			concludeIfDue(a);
		}
		return o;
	}

	// ------------------------------------------------------------------ the end of a notice

	/**
	 * Ends every notice that is over and holds no open objection: each in its own transaction, the agreement's row locked
	 * with {@code for update skip locked} and its state changed in that transaction, so two instances (or two runs) never
	 * conclude the same notice and a crash leaves it for the next run. Runs every few minutes and shortly after start.
	 *
	 * @return the number of notices concluded by this run
	 */
	@Scheduled(fixedDelayString = "${otm.trading.notice.check-interval:PT5M}",
			initialDelayString = "${otm.trading.notice.first-check-delay:PT30S}")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int concludeDueNotices() {
		Set<Long> failed = new HashSet<>();
		int concluded = 0;
		while (true) {
			List<Long> skip = new ArrayList<>(failed);
			skip.add(-1L);
			Optional<Long> done;
			try {
				done = transactions.execute(status -> {
					Optional<Long> next = agreements.lockNextDue(clock.instant(), skip);
					next.ifPresent(id -> {
						try {
							concludeIfDue(agreements.findById(id).orElseThrow());
						}
						catch (RuntimeException e) {
							failed.add(id);
							throw e;
						}
					});
					return next;
				});
			}
			catch (RuntimeException e) {
				log.warn("Could not conclude a negotiated agreement after its notice: {}", e.getMessage());
				if (failed.size() < skip.size()) {
					// the failure was not one agreement's (e.g. the database is away): try again next run
					break;
				}
				continue;
			}
			if (done == null || done.isEmpty()) {
				break;
			}
			concluded++;
		}
		if (concluded > 0) {
			log.info("Concluded {} negotiated agreements whose public notice ended", concluded);
		}
		return concluded;
	}

	/** Concludes this agreement now when its notice is over and clean, in the caller's transaction (false otherwise). */
	public boolean concludeOne(long agreementId) {
		Agreement a = agreements.findByIdForUpdate(agreementId)
			.orElseThrow(() -> DomainException.notFound("notice.notFound", agreementId));
		return concludeIfDue(a);
	}

	/** Concludes a locked agreement in notice when its notice is over and no objection is open. */
	private boolean concludeIfDue(Agreement a) {
		if (a.getStatus() != AgreementStatus.IN_NOTICE || !a.noticeOver(clock.instant())
				|| objections.existsByAgreementIdAndStatus(a.getId(), AgreementObjection.Status.OPEN)) {
			return false;
		}
		Offer offer = offers.findById(a.getOfferId()).orElseThrow();
		conclude(a, offer.plan());
		return true;
	}

	/** The agreement becomes a deal with the plan of the accepted offer (in the caller's transaction). */
	void conclude(Agreement a, PaymentPlan plan) {
		long dealId = deals.agree(new DealProposal(DealOrigin.NEGOTIATION, a.getId(), a.getAchievementId(),
				a.getSellerOrganisationId(), a.getBuyerOrganisationId(), a.terms(), a.getPrice(), List.of()));
		deals.agreedPlan(dealId, plan);
		a.conclude(dealId, clock);
		audit.record("agreement.conclude", "agreement", a.getId(), "deal " + dealId);
	}

	/** After a blocked agreement the parties may talk again in the same thread (unless they opened another since). */
	private void reopen(Agreement a) {
		Inquiry inquiry = inquiries.findByIdForUpdate(a.getInquiryId()).orElseThrow();
		boolean another = inquiries.findFirstByAchievementIdAndBuyerOrganisationIdAndStatus(inquiry.getAchievementId(),
				inquiry.getBuyerOrganisationId(), InquiryStatus.OPEN).isPresent();
		if (inquiry.getStatus() == InquiryStatus.AGREED && !another) {
			inquiry.move(InquiryStatus.OPEN, clock);
			audit.record("inquiry.reopen", "inquiry", inquiry.getId(), "agreement " + a.getId() + " blocked");
		}
	}

	private void notifyParties(Agreement a, String key, String link) {
		for (long organisation : List.of(a.getSellerOrganisationId(), a.getBuyerOrganisationId())) {
			for (CurrentUser member : users.members(organisation)) {
				if (NegotiationService.isTrader(member)) {
					inbox.deliver(member.id(), key, List.of(a.getAchievementTitle()), link);
				}
			}
		}
	}
}
