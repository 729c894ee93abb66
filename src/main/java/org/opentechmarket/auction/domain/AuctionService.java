package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.auction.AuctionRequest;
import org.opentechmarket.auction.AuctionSummary;
import org.opentechmarket.auction.Auctions;
import org.opentechmarket.auction.QualifiedBidder;
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
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositConfirmed;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.Deposits;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announcing auctions, admitting bidders and the seller's and administrator's actions. Every method takes the acting user
 * and checks on the server what this user may do: sellers act for the verified organisation that holds the published
 * achievement, bidders for their own verified organisation (never the seller's, 拍卖法 第三十条, never the platform's staff,
 * 拍卖法 第二十二条), administrators confirm deposits. Bids go through {@link BidService}.
 */
@Service
@Transactional
public class AuctionService implements Auctions {

	/** The kind of deposit subject an auction registration's deposit has in the trading module. */
	public static final String DEPOSIT_KIND = "auction";

	private final AuctionRecords auctions;
	private final BidderRegistrations registrations;
	private final BidLog bids;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final Deposits deposits;
	private final Deals deals;
	private final AuditLog audit;
	private final Inbox inbox;
	private final Clock clock;
	private final AuctionProperties rules;
	private final List<AuctionUpdates> listeners;
	private final SecureRandom random = new SecureRandom();

	public AuctionService(AuctionRecords auctions, BidderRegistrations registrations, BidLog bids, Achievements achievements,
			Organisations organisations, UserAccounts users, Deposits deposits, Deals deals, AuditLog audit, Inbox inbox, Clock clock,
			AuctionProperties rules, List<AuctionUpdates> listeners) {
		this.auctions = auctions;
		this.registrations = registrations;
		this.bids = bids;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.deposits = deposits;
		this.deals = deals;
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
		this.rules = rules;
		this.listeners = listeners;
	}

	public AuctionProperties rules() {
		return rules;
	}

	// ------------------------------------------------------------------ reading

	@Override
	@Transactional(readOnly = true)
	public Optional<AuctionSummary> find(long auctionId) {
		return auctions.find(auctionId).map(Auction::summary);
	}

	/** Every auction is public once announced (the announcement is the point); a cancelled one stays readable. */
	@Transactional(readOnly = true)
	public Auction view(long auctionId) {
		return auctions.find(auctionId).orElseThrow(() -> notFound(auctionId));
	}

	@Transactional(readOnly = true)
	public List<Auction> publicList(int limit) {
		return auctions.publicList(limit);
	}

	/** The auctions of the user's organisation as seller. */
	@Transactional(readOnly = true)
	public List<Auction> selling(CurrentUser user) {
		return auctions.ofSeller(user.organisationId());
	}

	/** The registrations of the user's organisation as bidder, newest first. */
	@Transactional(readOnly = true)
	public List<Registration> bidding(CurrentUser user) {
		return registrations.ofOrganisation(user.organisationId());
	}

	@Transactional(readOnly = true)
	public List<Auction> auctionsOf(List<Registration> list) {
		return auctions.ofIds(list.stream().map(Registration::auctionId).distinct().toList());
	}

	/** The user's organisation's registration for this auction, if any. */
	@Transactional(readOnly = true)
	public Optional<Registration> registrationOf(CurrentUser user, long auctionId) {
		return user == null ? Optional.empty() : registrations.of(auctionId, user.organisationId());
	}

	/** All registrations: for the seller (numbers only are shown to it), administrators, and the close. */
	@Transactional(readOnly = true)
	public List<Registration> registrationsOf(long auctionId) {
		return registrations.ofAuction(auctionId);
	}

	@Transactional(readOnly = true)
	public Optional<Registration> registration(long registrationId) {
		return registrations.find(registrationId);
	}

	@Transactional(readOnly = true)
	public List<Bid> log(long auctionId) {
		view(auctionId);
		return bids.of(auctionId);
	}

	@Transactional(readOnly = true)
	public List<Bid> latestBids(long auctionId, int limit) {
		return bids.latest(auctionId, limit);
	}

	/** Recomputes the auction's whole hash chain on the server. */
	@Transactional(readOnly = true)
	public BidChain.Verification verify(long auctionId) {
		Auction auction = view(auctionId);
		return BidChain.verify(auctionId, bids.of(auctionId), auction.lastHash());
	}

	/** Registrations whose deposit an administrator has still to confirm. */
	@Transactional(readOnly = true)
	public List<Registration> awaitingDeposit(CurrentUser admin) {
		requireAdmin(admin);
		return registrations.awaitingDeposit();
	}

	public boolean isSeller(CurrentUser user, Auction auction) {
		return user != null && user.belongsTo(auction.sellerOrganisationId());
	}

	/** Whether the user could register for the auction now (the page offers the form only then). */
	public boolean mayRegister(CurrentUser user, Auction auction) {
		return user != null && registrationRefusal(user, auction) == null
				&& registrations.of(auction.id(), user.organisationId()).isEmpty();
	}

	// ------------------------------------------------------------------ announcing

	/**
	 * A seller announces an auction of its organisation's published achievement. A new auction of an achievement whose
	 * previous auction failed within the relist window is that auction's relisting: its start price may be at most the
	 * configured cut lower (网络司法拍卖规定 第二十六条).
	 */
	public Auction announce(CurrentUser seller, AuctionTerms terms) {
		AchievementSummary achievement = lot(seller, terms.achievementId());
		Instant now = clock.instant();
		Auction failed = auctions.lastRelistableOn(achievement.id())
			.filter(a -> a.mayRelist(now) && !auctions.relisted(a.id()))
			.orElse(null);
		AuctionTerms own = new AuctionTerms(achievement.id(), seller.organisationId(), terms.terms(), terms.startPrice(),
				terms.increment(), terms.deposit(), terms.reserve(), terms.startsAt(), terms.endsAt());
		Auction auction = create(own, achievement, false, failed, now, seller.getUsername());
		audit.record("auction.announce", "auction", auction.id(), describe(auction)
				+ (failed == null ? "" : " relisting " + failed.id()));
		return auction;
	}

	/**
	 * Demo data only: an auction as announced at an earlier instant, checked against the rules as of that instant (so a demo
	 * auction can already be running on the first start). Marked as created by "demo".
	 */
	public Auction seed(CurrentUser seller, AuctionTerms terms, Instant announcedAt) {
		AchievementSummary achievement = lot(seller, terms.achievementId());
		Auction auction = create(terms, achievement, false, null, announcedAt, "demo");
		audit.record("auction.announce", "auction", auction.id(), describe(auction) + " (demo data)");
		return auction;
	}

	/** Whether demo auctions exist already. */
	@Transactional(readOnly = true)
	public boolean seeded() {
		return auctions.countCreatedBy("demo") > 0;
	}

	/** The seller relists its failed auction: the same lot, a start price at most the configured cut lower. */
	public Auction relist(CurrentUser seller, long failedAuctionId, AuctionTerms terms) {
		Auction failed = view(failedAuctionId);
		if (!isSeller(seller, failed)) {
			throw notFound(failedAuctionId);
		}
		Instant now = clock.instant();
		if (!failed.mayRelist(now)) {
			throw DomainException.conflict("auction.relist.closed", Times.iso(failed.relistUntil()));
		}
		if (auctions.relisted(failedAuctionId)) {
			throw DomainException.conflict("auction.relist.done");
		}
		AuctionTerms own = new AuctionTerms(failed.achievementId(), seller.organisationId(), terms.terms(), terms.startPrice(),
				terms.increment(), terms.deposit(), terms.reserve(), terms.startsAt(), terms.endsAt());
		AchievementSummary achievement = lot(seller, failed.achievementId());
		Auction auction = create(own, achievement, false, failed, now, seller.getUsername());
		audit.record("auction.relist", "auction", auction.id(), describe(auction) + " relisting " + failedAuctionId);
		return auction;
	}

	/**
	 * A listing with two or more qualified buyers turns into an auction among them (domain/trading.md §Listing). The same
	 * rules as every auction (notice, duration, deposit share); the buyers' listing deposits secure this auction, so they
	 * are admitted at once and nobody else may register.
	 */
	@Override
	public long announceAmong(AuctionRequest request, List<QualifiedBidder> bidders) {
		AchievementSummary achievement = achievements.find(request.achievementId())
			.filter(a -> a.status() == AchievementStatus.PUBLISHED)
			.orElseThrow(() -> DomainException.invalid(List.of(FieldViolation.of("achievementId", "auction.lot.notPublished"))));
		if (achievement.holderOrganisationId() != request.sellerOrganisationId()) {
			throw DomainException.invalid(List.of(FieldViolation.of("achievementId", "auction.lot.notHolder")));
		}
		if (bidders == null || bidders.isEmpty()) {
			throw DomainException.invalid("auction.among.noBidders");
		}
		Instant now = clock.instant();
		AuctionTerms terms = new AuctionTerms(request.achievementId(), request.sellerOrganisationId(), request.terms(),
				Money.text(request.startPrice()), Money.text(request.increment()), Money.text(request.deposit()),
				Money.text(request.reserve()), request.startsAt(), request.endsAt());
		Auction auction = create(terms, achievement, true, null, now, "system");
		Set<Long> seen = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		for (QualifiedBidder b : bidders) {
			if (b.organisationId() == request.sellerOrganisationId()) {
				throw DomainException.invalid("auction.register.seller");
			}
			if (!seen.add(b.organisationId())) {
				continue;
			}
			DepositView deposit = deposits.find(b.depositId())
				.filter(d -> d.status() == DepositStatus.CONFIRMED && d.payerOrganisationId() == b.organisationId())
				.orElseThrow(() -> DomainException.invalid("auction.among.depositUnconfirmed", b.depositId()));
			OrganisationSummary org = organisations.find(b.organisationId())
				.orElseThrow(() -> DomainException.invalid("auction.among.unknownBidder", b.organisationId()));
			String username = users.findUser(b.userId()).map(CurrentUser::getUsername).orElse("system");
			String number = freshNumber(numbers);
			numbers.add(number);
			Registration r = new Registration(registrations.nextId(), auction.id(), org.id(), org.name(), b.userId(),
					username, number, deposit.id(), deposit.amount(), now, true, now, null, now);
			registrations.insert(r);
			inbox.deliver(b.userId(), "auction.inbox.qualified", List.of(auction.achievementTitle(), number,
					Times.iso(auction.startsAt())), link(auction.id()));
		}
		audit.record("auction.announceAmong", "auction", auction.id(), describe(auction) + " among " + seen.size()
				+ " qualified buyers");
		return auction.id();
	}

	private Auction create(AuctionTerms terms, AchievementSummary achievement, boolean restricted, Auction relisting,
			Instant now, String createdBy) {
		AuctionTerms.Checked checked = terms.check(rules, now, relisting);
		if (auctions.liveOn(achievement.id()).isPresent()) {
			throw DomainException.conflict("auction.lot.alreadyLive");
		}
		OrganisationSummary seller = organisations.find(terms.sellerOrganisationId())
			.orElseThrow(() -> DomainException.invalid("auction.lot.notHolder"));
		Auction auction = Auction.announce(auctions.nextId(), checked, achievement.title(), seller.name(), restricted,
				relisting == null ? null : relisting.id(), rules, now, createdBy);
		auctions.insert(auction, now);
		return auction;
	}

	/** The achievement a seller may auction: published, held by the seller's verified organisation. */
	private AchievementSummary lot(CurrentUser seller, long achievementId) {
		if (!seller.organisationVerified()) {
			throw DomainException.forbidden("auction.seller.unverified");
		}
		AchievementSummary achievement = achievements.find(achievementId)
			.filter(a -> a.holderOrganisationId() == seller.organisationId())
			.orElseThrow(() -> DomainException.invalid(List.of(FieldViolation.of("achievementId", "auction.lot.notHolder"))));
		if (achievement.status() != AchievementStatus.PUBLISHED) {
			throw DomainException.invalid(List.of(FieldViolation.of("achievementId", "auction.lot.notPublished")));
		}
		return achievement;
	}

	/** The seller withdraws the lot before bidding starts (拍卖法 第二十九条); pending and confirmed deposits go back. */
	public Auction cancel(CurrentUser seller, long auctionId) {
		Auction auction = auctions.lock(auctionId).orElseThrow(() -> notFound(auctionId));
		if (!isSeller(seller, auction)) {
			throw notFound(auctionId);
		}
		Instant now = clock.instant();
		auction.cancel(now);
		auctions.update(auction, now);
		for (Registration r : registrations.ofAuction(auctionId)) {
			if (!r.qualified()) {
				deposits.release(r.depositId(), "auction " + auctionId + " withdrawn before bidding");
				registrations.recordOutcome(r.id(), "RELEASED");
			}
			inbox.deliver(r.userId(), "auction.inbox.cancelled", List.of(auction.achievementTitle()), link(auctionId));
		}
		audit.record("auction.cancel", "auction", auctionId, "withdrawn before bidding");
		afterCommit(() -> listeners.forEach(l -> l.closed(auction)));
		return auction;
	}

	// ------------------------------------------------------------------ after the sale

	/**
	 * The winner signs the confirmation of sale (成交确认书, 拍卖法 第五十二条) within the configured days: the deal is recorded
	 * in the trading module at the hammer price, with the winner's deposit counting toward it (网络司法拍卖规定 第二十三条).
	 * Idempotent: signing again returns the same deal.
	 *
	 * @return the deal's id
	 */
	public long confirmSale(CurrentUser user, long auctionId) {
		Auction auction = auctions.lock(auctionId).orElseThrow(() -> notFound(auctionId));
		Registration winner = auction.winnerRegistrationId() == null ? null
				: registrations.find(auction.winnerRegistrationId()).orElse(null);
		if (winner == null || user == null || !user.belongsTo(winner.organisationId())) {
			throw DomainException.forbidden("auction.confirm.notWinner");
		}
		Instant now = clock.instant();
		if (!auction.confirmSale(now)) {
			return auction.dealId();
		}
		long dealId = deals.agree(new DealProposal(DealOrigin.AUCTION, auction.id(), auction.achievementId(),
				auction.sellerOrganisationId(), winner.organisationId(), auction.terms(), auction.hammerPrice(),
				List.of(winner.depositId())));
		auction.recordDeal(dealId);
		auctions.update(auction, now);
		registrations.recordOutcome(winner.id(), "APPLIED");
		audit.record("auction.confirmSale", "auction", auctionId, "winner " + winner.bidderNumber() + " signed; deal "
				+ dealId + " at " + Money.text(auction.hammerPrice()) + ", deposit " + winner.depositId() + " applied");
		for (CurrentUser u : users.members(auction.sellerOrganisationId())) {
			inbox.deliver(u.id(), "auction.inbox.saleConfirmed", List.of(auction.achievementTitle(),
					Money.text(auction.hammerPrice())), link(auctionId));
		}
		return dealId;
	}

	// ------------------------------------------------------------------ registration and deposits

	/**
	 * The user's organisation registers to bid: it must be verified, accept the rules, and pay the deposit (recorded as
	 * pending in the trading module until an administrator confirms it). A second registration of the same organisation
	 * returns the first (idempotent).
	 */
	public Registration register(CurrentUser user, long auctionId, boolean acceptRules) {
		Auction auction = auctions.find(auctionId).orElseThrow(() -> notFound(auctionId));
		Optional<Registration> existing = registrations.of(auctionId, user.organisationId());
		if (existing.isPresent()) {
			return existing.get();
		}
		String refusal = registrationRefusal(user, auction);
		if (refusal != null) {
			throw DomainException.conflict(refusal);
		}
		if (forfeitedBefore(user, auction)) {
			throw DomainException.conflict("auction.register.forfeited");
		}
		if (!acceptRules) {
			throw DomainException.invalid(List.of(FieldViolation.of("acceptRules", "auction.register.rules")));
		}
		Instant now = clock.instant();
		DepositView deposit = deposits.require(new DepositSubject(DEPOSIT_KIND, auctionId), user.organisationId(),
				auction.deposit());
		String number = freshNumber(registrations.numbersOf(auctionId));
		Registration r = new Registration(registrations.nextId(), auctionId, user.organisationId(), user.organisationName(),
				user.id(), user.getUsername(), number, deposit.id(), deposit.amount(),
				deposit.status() == DepositStatus.CONFIRMED ? now : null, false, now, null, now);
		registrations.insert(r);
		audit.record("auction.register", "auction", auctionId, "bidder " + number + " deposit " + deposit.id() + " "
				+ Money.text(deposit.amount()));
		for (CurrentUser admin : users.usersWithRole(Role.ADMIN)) {
			inbox.deliver(admin.id(), "auction.inbox.depositToConfirm", List.of(auction.achievementTitle(), number,
					user.organisationName(), Money.text(deposit.amount())), "/admin/auctions");
		}
		return r;
	}

	/** 网络司法拍卖规定 第二十四条: a winner that forfeited may not bid when the lot is auctioned again. */
	private boolean forfeitedBefore(CurrentUser user, Auction auction) {
		Long previous = auction.relistOf();
		while (previous != null) {
			Auction earlier = auctions.find(previous).orElse(null);
			if (earlier == null) {
				return false;
			}
			if (earlier.forfeited() && earlier.winnerRegistrationId() != null && registrations
				.find(earlier.winnerRegistrationId()).map(r -> r.organisationId() == user.organisationId()).orElse(false)) {
				return true;
			}
			previous = earlier.relistOf();
		}
		return false;
	}

	/** Why this user may not register now (a message key), or null. */
	String registrationRefusal(CurrentUser user, Auction auction) {
		if (user.isAdmin()) {
			return "auction.register.operator";
		}
		if (user.belongsTo(auction.sellerOrganisationId())) {
			return "auction.register.seller";
		}
		if (!user.organisationVerified()) {
			return "auction.register.unverified";
		}
		if (auction.restricted()) {
			return "auction.register.restricted";
		}
		if (auction.status().isClosed() || !clock.instant().isBefore(auction.endsAt())) {
			return "auction.register.closed";
		}
		return null;
	}

	/**
	 * An administrator confirms that a registration's deposit was received (with the bank reference): the trading module
	 * records it, and the bidder may bid. Idempotent: confirming again changes nothing.
	 */
	public Registration confirmDeposit(CurrentUser admin, long auctionId, long registrationId, String bankReference) {
		requireAdmin(admin);
		Registration r = registrations.find(registrationId).filter(x -> x.auctionId() == auctionId)
			.orElseThrow(() -> DomainException.notFound("auction.registration.notFound", registrationId));
		String reference = bankReference == null || bankReference.isBlank() ? "confirmed by " + admin.getUsername()
				: bankReference.trim();
		if (reference.length() > 100) {
			throw DomainException.invalid(List.of(FieldViolation.of("bankReference", "auction.deposit.referenceTooLong", 100)));
		}
		DepositView deposit = deposits.confirm(r.depositId(), admin, reference);
		if (deposit.status() != DepositStatus.CONFIRMED && deposit.status() != DepositStatus.APPLIED) {
			throw DomainException.conflict("auction.deposit.notConfirmable", deposit.status());
		}
		markConfirmed(r);
		return registrations.find(registrationId).orElseThrow();
	}

	/** A deposit confirmed anywhere in the trading module admits its bidder here too. */
	@EventListener
	public void on(DepositConfirmed event) {
		if (!DEPOSIT_KIND.equals(event.subject().kind())) {
			return;
		}
		registrations.ofDeposit(event.depositId()).forEach(this::markConfirmed);
	}

	private void markConfirmed(Registration r) {
		if (registrations.confirmDeposit(r.id(), clock.instant())) {
			Auction auction = auctions.find(r.auctionId()).orElseThrow();
			audit.record("auction.depositConfirmed", "auction", r.auctionId(), "bidder " + r.bidderNumber() + " deposit "
					+ r.depositId());
			inbox.deliver(r.userId(), "auction.inbox.depositConfirmed", List.of(auction.achievementTitle(), r.bidderNumber()),
					link(r.auctionId()));
		}
	}

	/**
	 * A new anonymous bidder number for an auction: "A" and a random number not used in it yet (so numbers say nothing
	 * about the order of registration).
	 */
	private String freshNumber(Set<String> used) {
		int range = Math.max(90, used.size() * 3);
		for (int attempt = 0; attempt < 1000; attempt++) {
			String number = "A" + (10 + random.nextInt(range));
			if (!used.contains(number)) {
				return number;
			}
		}
		throw new IllegalStateException("no free bidder number");
	}

	// ------------------------------------------------------------------ helpers

	static String link(long auctionId) {
		return "/auctions/" + auctionId;
	}

	static String describe(Auction a) {
		return "achievement " + a.achievementId() + " start " + Money.text(a.startPrice()) + " increment "
				+ Money.text(a.increment()) + " deposit " + Money.text(a.deposit()) + (a.hasReserve() ? " with reserve" : "")
				+ " " + Times.iso(a.startsAt()) + " – " + Times.iso(a.scheduledEndsAt());
	}

	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	static DomainException notFound(long auctionId) {
		return DomainException.notFound("auction.notFound", auctionId);
	}

	/** The deposit a seller's form proposes for a start price: the configured share. */
	public BigDecimal defaultDeposit(BigDecimal startPrice) {
		return Money.share(startPrice, rules.depositShare());
	}
}
