package org.opentechmarket.trading.domain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.broker.AttachedBroker;
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.broker.PointSource;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.platform.Role;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.opentechmarket.trading.DealStatus;
import org.opentechmarket.trading.DealSummary;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals: recording a deal another route reached ({@link Deals#agree}), and its lifecycle. Every method that acts for a user
 * checks on the server that the user's organisation is a party (administrators see all); anyone else gets 404.
 */
@Service
@Transactional
public class DealService implements Deals {

	static final int REASON_MAX = 2000;

	private final DealRepository deals;
	private final DealPaymentRepository payments;
	private final DealDocumentRepository documents;
	private final DepositService deposits;
	private final Brokers brokers;
	private final FileStore files;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final AuditLog audit;
	private final Inbox inbox;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DealService(DealRepository deals, DealPaymentRepository payments, DealDocumentRepository documents,
			DepositService deposits, Brokers brokers, FileStore files, Achievements achievements, Organisations organisations,
			UserAccounts users, AuditLog audit, Inbox inbox, JdbcTemplate jdbc, Clock clock) {
		this.deals = deals;
		this.payments = payments;
		this.documents = documents;
		this.deposits = deposits;
		this.brokers = brokers;
		this.files = files;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ Deals (for the trading routes)

	@Override
	public long agree(DealProposal proposal) {
		if (proposal == null || proposal.origin() == null || proposal.terms() == null) {
			throw DomainException.invalid("trading.proposal.incomplete");
		}
		// one deal per origin, also when two closes of the same auction race: the second waits here and finds the first's
		jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {
		}, "deal:" + proposal.origin() + ":" + proposal.originId());
		Optional<Deal> existing = deals.findByOriginAndOriginId(proposal.origin(), proposal.originId());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		List<FieldViolation> v = new ArrayList<>();
		if (!Money.isValid(proposal.price())) {
			v.add(FieldViolation.of("price", "trading.amount.invalid"));
		}
		if (proposal.sellerOrganisationId() == proposal.buyerOrganisationId()) {
			v.add(FieldViolation.of("buyerOrganisationId", "trading.buyer.isSeller"));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		// the seller must hold the achievement (any version: a revision published since the route opened does not matter)
		AchievementSummary achievement = achievements
			.findHeldBy(proposal.achievementId(), proposal.sellerOrganisationId())
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", proposal.achievementId()));
		OrganisationSummary seller = verified(proposal.sellerOrganisationId());
		OrganisationSummary buyer = verified(proposal.buyerOrganisationId());
		Deal deal = deals.saveAndFlush(new Deal(proposal.origin(), proposal.originId(), achievement.id(), achievement.title(),
				seller.id(), seller.name(), buyer.id(), buyer.name(), proposal.terms(), proposal.price(), clock));
		for (Long depositId : proposal.depositIds()) {
			deposits.applyTo(depositId, deal.getId(), buyer.id());
		}
		audit.record("deal.agree", "deal", deal.getId(), proposal.origin() + ":" + proposal.originId() + " "
				+ Money.text(deal.getPrice()) + " achievement " + achievement.id() + " buyer " + buyer.id());
		notifyParties(deal, "trading.inbox.dealAgreed");
		return deal.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealSummary> find(long dealId) {
		return deals.findById(dealId).map(Deal::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealSummary> findByOrigin(DealOrigin origin, long originId) {
		return deals.findByOriginAndOriginId(origin, originId).map(Deal::summary);
	}

	/** The plan of the offer a negotiated deal came from (both sides agreed it): set once, while the deal is AGREED. */
	void agreedPlan(long dealId, PaymentPlan plan) {
		Deal deal = lock(dealId);
		if (plan == null || deal.plan() != null || deal.getStatus() != DealStatus.AGREED) {
			return;
		}
		deal.setPlan(plan, "offer", clock);
		audit.record("deal.plan", "deal", dealId, plan.kind() + " (accepted offer)");
	}

	// ------------------------------------------------------------------ reading (pages and API)

	/** A deal with everything its page shows, and what the viewer may do with it. */
	public record Details(Deal deal, PaymentPlan plan, List<DealPayment> payments, List<DealDocument> documents,
			List<DepositView> appliedDeposits, BigDecimal confirmedPayments, BigDecimal appliedDepositTotal,
			BigDecimal pendingPayments, List<AttachedBroker> brokers, Side viewerSide, boolean admin) {

		/** Confirmed payments plus applied deposits. */
		public BigDecimal paid() {
			return confirmedPayments.add(appliedDepositTotal);
		}

		/** What is left of the price (never below zero). */
		public BigDecimal outstanding() {
			BigDecimal left = deal.getPrice().subtract(paid());
			return left.signum() < 0 ? Money.zero() : left;
		}

		public boolean fullyPaid() {
			return paid().compareTo(deal.getPrice()) >= 0;
		}

		private boolean open() {
			return !deal.getStatus().isFinal();
		}

		private boolean paying() {
			return deal.getStatus() == DealStatus.CONTRACT_SIGNED || deal.getStatus() == DealStatus.IN_PAYMENT;
		}

		public boolean maySetPlan() {
			return viewerSide != null && deal.getStatus() == DealStatus.AGREED;
		}

		public boolean mayUpload() {
			return viewerSide != null && deal.getStatus() != DealStatus.TERMINATED;
		}

		public boolean maySign() {
			return viewerSide != null && deal.getStatus() == DealStatus.AGREED && plan != null
					&& documents.stream().anyMatch(d -> d.getKind() == DealDocument.Kind.CONTRACT);
		}

		public boolean mayRecordPayment() {
			return (viewerSide == Side.BUYER || admin) && paying();
		}

		public boolean mayDecidePayments() {
			return viewerSide == Side.SELLER || admin;
		}

		public boolean mayComplete() {
			if (!(viewerSide == Side.SELLER || admin) || !paying() || plan == null) {
				return false;
			}
			if (plan.kind().fixedTotal()) {
				return fullyPaid();
			}
			return plan.kind() != PlanKind.ENTRY_FEE_ROYALTY || paid().compareTo(plan.entryFee()) >= 0;
		}

		public boolean mayTerminate() {
			return (viewerSide != null || admin) && open();
		}

		public boolean mayInviteBroker() {
			return viewerSide != null && open();
		}
	}

	/** The deal if the user may see it: traders of either party, brokers attached to it, administrators; 404 otherwise. */
	@Transactional(readOnly = true)
	public Deal view(CurrentUser user, long dealId) {
		Deal deal = deals.findById(dealId).orElseThrow(() -> notFound(dealId));
		if (!mayView(user, deal)) {
			throw notFound(dealId);
		}
		return deal;
	}

	@Transactional(readOnly = true)
	public Details details(CurrentUser user, long dealId) {
		return details(view(user, dealId), user);
	}

	private Details details(Deal deal, CurrentUser user) {
		long id = deal.getId();
		List<DealPayment> paymentList = payments.findByDealIdOrderByRecordedAtAscIdAsc(id);
		List<DepositView> applied = deposits.appliedTo(id).stream().map(Deposit::view).toList();
		return new Details(deal, deal.plan(), paymentList, documents.findByDealIdOrderByUploadedAtAscIdAsc(id), applied,
				sum(paymentList, PaymentStatus.CONFIRMED),
				applied.stream().map(DepositView::amount).reduce(Money.zero(), BigDecimal::add),
				sum(paymentList, PaymentStatus.RECORDED), brokers.brokersOf(AttachmentSubject.DEAL, id),
				sideOf(user, deal), user != null && user.isAdmin());
	}

	private static BigDecimal sum(List<DealPayment> list, PaymentStatus status) {
		return list.stream().filter(p -> p.getStatus() == status).map(DealPayment::getAmount)
			.reduce(Money.zero(), BigDecimal::add);
	}

	public boolean mayView(CurrentUser user, Deal deal) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin() || sideOf(user, deal) != null) {
			return true;
		}
		return user.has(Role.BROKER) && brokers.brokersOf(AttachmentSubject.DEAL, deal.getId()).stream()
			.anyMatch(b -> b.brokerUserId() == user.id());
	}

	/** Deals of the user's organisation, as seller or buyer, most recently changed first (none for non-traders). */
	@Transactional(readOnly = true)
	public List<Deal> ofMyOrganisation(CurrentUser user) {
		if (user == null || !NegotiationService.isTrader(user)) {
			return List.of();
		}
		return deals.findOfOrganisation(user.organisationId());
	}

	@Transactional(readOnly = true)
	public List<Deal> all(CurrentUser admin) {
		DepositService.requireAdmin(admin);
		return deals.findAllByOrderByUpdatedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public DealDocument document(CurrentUser user, long documentId) {
		DealDocument d = documents.findById(documentId)
			.orElseThrow(() -> DomainException.notFound("deal.document.notFound", documentId));
		Deal deal = deals.findById(d.getDealId()).orElseThrow();
		if (!mayView(user, deal)) {
			throw DomainException.notFound("deal.document.notFound", documentId);
		}
		return d;
	}

	@Transactional(readOnly = true)
	public DealPayment payment(CurrentUser user, long paymentId) {
		DealPayment p = payments.findById(paymentId)
			.orElseThrow(() -> DomainException.notFound("payment.notFound", paymentId));
		Deal deal = deals.findById(p.getDealId()).orElseThrow();
		if (!mayView(user, deal)) {
			throw DomainException.notFound("payment.notFound", paymentId);
		}
		return p;
	}

	public Path file(String storageKey) {
		return files.path(storageKey);
	}

	// ------------------------------------------------------------------ the parties' actions

	/** Either party sets the payment plan while the deal is AGREED; the signed contract then fixes it. */
	public Deal setPlan(CurrentUser user, long dealId, PaymentPlan plan) {
		Deal deal = lock(dealId);
		Side side = requireSide(user, deal);
		if (plan == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("plan.kind", "validation.required")));
		}
		failOn(plan.check(deal.getPrice(), "plan."));
		deal.setPlan(plan, user.getUsername(), clock);
		audit.record("deal.plan", "deal", dealId, plan.kind() + " by " + side);
		notify(deal, side.other(), "trading.inbox.dealPlan");
		return deal;
	}

	public DealDocument addDocument(CurrentUser user, long dealId, DealDocument.Kind kind, String fileName, long size,
			InputStream content) {
		Deal deal = lock(dealId);
		Side side = requireSide(user, deal);
		if (deal.getStatus() == DealStatus.TERMINATED) {
			throw DomainException.conflict("deal.transition.notAllowed", deal.getStatus().name(), deal.getStatus().name());
		}
		if (content == null || size <= 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "validation.required")));
		}
		DealDocument.Kind k = kind == null ? DealDocument.Kind.OTHER : kind;
		String safeName = FileStore.safeFileName(fileName);
		FileStore.Stored stored = files.store(safeName, size, content);
		DealDocument d;
		try {
			d = documents.saveAndFlush(new DealDocument(dealId, k, safeName, stored, user.getUsername(),
					user.organisationId(), clock));
		}
		catch (RuntimeException e) {
			files.delete(stored.storageKey());
			throw e;
		}
		audit.record("deal.document", "deal", dealId, k + " " + safeName + " sha256=" + stored.sha256());
		notify(deal, side.other(), "trading.inbox.dealDocument");
		return d;
	}

	/**
	 * Either party records that the contract was signed, on a day not in the future: the plan must be set and the signed
	 * contract uploaded. A fixed-total deal already paid in full by applied deposits completes at once.
	 */
	public Deal sign(CurrentUser user, long dealId, LocalDate signedOn) {
		Deal deal = lock(dealId);
		Side side = requireSide(user, deal);
		if (deal.getStatus() == DealStatus.CONTRACT_SIGNED) {
			return deal;
		}
		if (signedOn == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("signedOn", "validation.required")));
		}
		if (signedOn.isAfter(LocalDate.now(clock))) {
			throw DomainException.invalid(List.of(FieldViolation.of("signedOn", "validation.date.future")));
		}
		if (deal.getStatus() == DealStatus.AGREED && !documents.existsByDealIdAndKind(dealId, DealDocument.Kind.CONTRACT)) {
			throw DomainException.conflict("deal.contract.required");
		}
		deal.sign(signedOn, user.getUsername(), clock);
		audit.record("deal.sign", "deal", dealId, "signed on " + signedOn + " by " + side);
		notify(deal, side.other(), "trading.inbox.dealSigned");
		Details d = details(deal, user);
		if (d.plan().kind().fixedTotal() && d.fullyPaid()) {
			completeNow(deal, "system");
		}
		return deal;
	}

	/**
	 * The buyer (or an administrator) records a payment with the bank's reference and an evidence file. The same reference
	 * again with the same amount and date is the same payment (a retried request): it is returned, nothing is added. For a
	 * fixed total the recorded payments may not exceed what is outstanding.
	 */
	public DealPayment recordPayment(CurrentUser user, long dealId, BigDecimal amount, LocalDate paidOn,
			String bankReference, String fileName, long size, InputStream evidence) {
		Deal deal = lock(dealId);
		Side side = requireSide(user, deal, true);
		if (side == Side.SELLER) {
			throw DomainException.forbidden("payment.buyerRecords");
		}
		String reference = bankReference == null ? "" : bankReference.strip();
		List<FieldViolation> v = new ArrayList<>();
		if (amount == null) {
			v.add(FieldViolation.of("amount", "validation.required"));
		}
		else if (!Money.isValid(amount)) {
			v.add(FieldViolation.of("amount", "trading.amount.invalid"));
		}
		if (paidOn == null) {
			v.add(FieldViolation.of("paidOn", "validation.required"));
		}
		else if (paidOn.isAfter(LocalDate.now(clock))) {
			v.add(FieldViolation.of("paidOn", "validation.date.future"));
		}
		if (reference.isEmpty()) {
			v.add(FieldViolation.of("bankReference", "validation.required"));
		}
		else if (reference.length() > DepositService.BANK_REFERENCE_MAX) {
			v.add(FieldViolation.of("bankReference", "validation.size.max", DepositService.BANK_REFERENCE_MAX));
		}
		failOn(v);
		Optional<DealPayment> same = payments.findByDealIdAndBankReferenceKey(dealId, DealPayment.key(reference));
		if (same.isPresent()) {
			DealPayment p = same.get();
			if (p.getAmount().compareTo(amount) == 0 && p.getPaidOn().equals(paidOn)) {
				return p;
			}
			throw DomainException.conflict("payment.referenceUsed", reference);
		}
		if (deal.getStatus() != DealStatus.CONTRACT_SIGNED && deal.getStatus() != DealStatus.IN_PAYMENT) {
			throw DomainException.conflict("payment.notNow", deal.getStatus().name());
		}
		if (evidence == null || size <= 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "payment.evidence.required")));
		}
		Details d = details(deal, user);
		if (d.plan().kind().fixedTotal()) {
			BigDecimal left = d.outstanding().subtract(d.pendingPayments());
			if (amount.compareTo(left) > 0) {
				throw DomainException.invalid(List.of(FieldViolation.of("amount", "payment.exceedsOutstanding",
						Money.text(left.signum() < 0 ? Money.zero() : left))));
			}
		}
		String safeName = FileStore.safeFileName(fileName);
		FileStore.Stored stored = files.store(safeName, size, evidence);
		DealPayment p;
		try {
			p = payments.saveAndFlush(new DealPayment(dealId, amount, paidOn, reference, safeName, stored,
					user.getUsername(), clock));
		}
		catch (RuntimeException e) {
			files.delete(stored.storageKey());
			throw e;
		}
		audit.record("payment.record", "deal", dealId, "payment " + p.getId() + " " + Money.text(p.getAmount()) + " on "
				+ paidOn + " ref " + reference + " sha256=" + stored.sha256());
		notify(deal, Side.SELLER, "trading.inbox.paymentRecorded");
		return p;
	}

	/**
	 * The seller (or an administrator) confirms the money arrived; confirming again changes nothing. The first confirmed
	 * payment starts the payment phase; a fixed total paid in full completes the deal.
	 */
	public DealPayment confirmPayment(CurrentUser user, long paymentId) {
		long dealId = payments.findDealIdById(paymentId)
			.orElseThrow(() -> DomainException.notFound("payment.notFound", paymentId));
		// the deal's row lock orders concurrent decisions; the payment is read after it, so never stale
		Deal deal = lock(dealId);
		DealPayment p = payments.findById(paymentId).orElseThrow();
		Side side = requireSide(user, deal, true);
		if (side == Side.BUYER) {
			throw DomainException.forbidden("payment.sellerConfirms");
		}
		if (!p.confirm(user.getUsername(), clock)) {
			return p;
		}
		audit.record("payment.confirm", "deal", deal.getId(), "payment " + paymentId + " " + Money.text(p.getAmount()));
		notify(deal, Side.BUYER, "trading.inbox.paymentConfirmed");
		deal.paymentStarted(clock);
		payments.flush();
		Details d = details(deal, user);
		if (d.plan() != null && d.plan().kind().fixedTotal() && d.fullyPaid()) {
			completeNow(deal, "system");
		}
		return p;
	}

	public DealPayment rejectPayment(CurrentUser user, long paymentId, String reason) {
		long dealId = payments.findDealIdById(paymentId)
			.orElseThrow(() -> DomainException.notFound("payment.notFound", paymentId));
		// the deal's row lock orders concurrent decisions; the payment is read after it, so never stale
		Deal deal = lock(dealId);
		DealPayment p = payments.findById(paymentId).orElseThrow();
		Side side = requireSide(user, deal, true);
		if (side == Side.BUYER) {
			throw DomainException.forbidden("payment.sellerConfirms");
		}
		String why = reason(reason);
		if (p.reject(why, user.getUsername(), clock)) {
			audit.record("payment.reject", "deal", deal.getId(), "payment " + paymentId + ": " + why);
			notify(deal, Side.BUYER, "trading.inbox.paymentRejected");
		}
		return p;
	}

	/**
	 * The seller (or an administrator) completes a deal: a fixed total must be paid in full (it completes by itself when the
	 * last payment is confirmed), a royalty plan completes by this explicit act once the contract runs (after the entry fee
	 * is paid, for an entry fee plan).
	 */
	public Deal complete(CurrentUser user, long dealId) {
		Deal deal = lock(dealId);
		Side side = requireSide(user, deal, true);
		if (side == Side.BUYER) {
			throw DomainException.forbidden("deal.sellerCompletes");
		}
		if (deal.getStatus() == DealStatus.COMPLETED) {
			return deal;
		}
		Details d = details(deal, user);
		if (d.plan() == null || !(deal.getStatus() == DealStatus.CONTRACT_SIGNED
				|| deal.getStatus() == DealStatus.IN_PAYMENT)) {
			throw DomainException.conflict("deal.transition.notAllowed", deal.getStatus().name(),
					DealStatus.COMPLETED.name());
		}
		if (d.plan().kind().fixedTotal() && !d.fullyPaid()) {
			throw DomainException.conflict("deal.notFullyPaid", Money.text(d.outstanding()));
		}
		if (d.plan().kind() == PlanKind.ENTRY_FEE_ROYALTY && d.paid().compareTo(d.plan().entryFee()) < 0) {
			throw DomainException.conflict("deal.entryFeeUnpaid", Money.text(d.plan().entryFee()));
		}
		completeNow(deal, user.getUsername());
		return deal;
	}

	/**
	 * Completion: the deal is final, the achievement is marked converted, the brokers attached now are recorded with their
	 * organisation (for the institution ranking) and earn their DEAL_COMPLETED points (once per deal).
	 */
	private void completeNow(Deal deal, String by) {
		deal.complete(by, clock);
		audit.record("deal.complete", "deal", deal.getId(), Money.text(deal.getPrice()) + " by " + by);
		achievements.markConverted(deal.getAchievementId(), deal.reference());
		for (AttachedBroker b : brokers.brokersOf(AttachmentSubject.DEAL, deal.getId())) {
			Long organisation = users.findUser(b.brokerUserId()).map(CurrentUser::organisationId).orElse(null);
			if (organisation != null) {
				jdbc.update("insert into deal_completion_brokers (deal_id, broker_user_id, organisation_id) values (?, ?, ?) "
						+ "on conflict do nothing", deal.getId(), b.brokerUserId(), organisation);
			}
			brokers.award(b.brokerUserId(), PointSource.DEAL_COMPLETED, deal.reference(), deal.getPrice());
		}
		notify(deal, Side.SELLER, "trading.inbox.dealCompleted");
		notify(deal, Side.BUYER, "trading.inbox.dealCompleted");
	}

	/** Either party (or an administrator) ends a deal that is not final, with a reason. */
	public Deal terminate(CurrentUser user, long dealId, String reason) {
		Deal deal = lock(dealId);
		requireSide(user, deal, true);
		if (deal.getStatus() == DealStatus.TERMINATED) {
			return deal;
		}
		String why = reason(reason);
		deal.terminate(why, user.getUsername(), clock);
		audit.record("deal.terminate", "deal", dealId, why);
		notify(deal, Side.SELLER, "trading.inbox.dealTerminated");
		notify(deal, Side.BUYER, "trading.inbox.dealTerminated");
		return deal;
	}

	/**
	 * A party invites a broker to the deal (broker.Brokers: the broker accepts in the workbench); the attachment is the
	 * broker module's, with the inviting party as the holder.
	 */
	public long inviteBroker(CurrentUser user, long dealId, long brokerUserId) {
		Deal deal = lock(dealId);
		requireSide(user, deal);
		if (deal.getStatus().isFinal()) {
			throw DomainException.conflict("deal.final", deal.getStatus().name());
		}
		return brokers.attach(user, brokerUserId, AttachmentSubject.DEAL, dealId, user.organisationId());
	}

	// ------------------------------------------------------------------ contract registration (contract.DealRecords)

	/** Deals signed or completed whose seller is the viewer's organisation, newest signing first. */
	@Transactional(readOnly = true)
	public List<Deal> signedDealsSoldBy(long organisationId) {
		return deals.findBySellerOrganisationIdAndStatusInOrderBySignedOnDescIdDesc(organisationId, SIGNED);
	}

	static final EnumSet<DealStatus> SIGNED = EnumSet.of(DealStatus.CONTRACT_SIGNED, DealStatus.IN_PAYMENT,
			DealStatus.COMPLETED);

	// ------------------------------------------------------------------ helpers

	private Deal lock(long dealId) {
		return deals.findByIdForUpdate(dealId).orElseThrow(() -> notFound(dealId));
	}

	static Side sideOf(CurrentUser user, Deal deal) {
		if (user == null || !NegotiationService.isTrader(user)) {
			return null;
		}
		if (user.belongsTo(deal.getSellerOrganisationId())) {
			return Side.SELLER;
		}
		if (user.belongsTo(deal.getBuyerOrganisationId())) {
			return Side.BUYER;
		}
		return null;
	}

	private Side requireSide(CurrentUser user, Deal deal) {
		return requireSide(user, deal, false);
	}

	/** The user's side; with {@code adminToo} an administrator passes with a null side. Others: 404 (403 for an admin). */
	private Side requireSide(CurrentUser user, Deal deal, boolean adminToo) {
		Side side = sideOf(user, deal);
		if (side != null) {
			return side;
		}
		if (user != null && user.isAdmin()) {
			if (adminToo) {
				return null;
			}
			throw DomainException.forbidden("deal.partiesOnly");
		}
		if (user != null && mayView(user, deal)) {
			throw DomainException.forbidden("deal.partiesOnly");
		}
		throw notFound(deal.getId());
	}

	private static String reason(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.required")));
		}
		if (why.length() > REASON_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.size.max", REASON_MAX)));
		}
		return why;
	}

	private static void failOn(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	private OrganisationSummary verified(long organisationId) {
		OrganisationSummary o = organisations.find(organisationId)
			.orElseThrow(() -> DomainException.notFound("organisation.notFound", organisationId));
		if (!o.verified()) {
			throw DomainException.conflict("trading.organisation.notVerified", o.name());
		}
		return o;
	}

	private void notify(Deal deal, Side side, String key) {
		long organisation = side == Side.SELLER ? deal.getSellerOrganisationId() : deal.getBuyerOrganisationId();
		for (CurrentUser member : users.members(organisation)) {
			if (NegotiationService.isTrader(member)) {
				inbox.deliver(member.id(), key, List.of(deal.getAchievementTitle(), Money.text(deal.getPrice())),
						"/deals/" + deal.getId());
			}
		}
	}

	private void notifyParties(Deal deal, String key) {
		notify(deal, Side.SELLER, key);
		notify(deal, Side.BUYER, key);
	}

	static DomainException notFound(long dealId) {
		return DomainException.notFound("deal.notFound", dealId);
	}
}
