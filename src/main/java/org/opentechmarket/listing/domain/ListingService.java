package org.opentechmarket.listing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.auction.AuctionRequest;
import org.opentechmarket.auction.Auctions;
import org.opentechmarket.auction.QualifiedBidder;
import org.opentechmarket.listing.ListingStatus;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.platform.Role;
import org.opentechmarket.platform.WorkingDays;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositConfirmed;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.Deposits;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listing use cases. Every method takes the acting user and checks on the server what this user may do: the holder's
 * members list their published achievements; verified organisations other than the seller, meeting the listing's buyer
 * qualifications, register intent and pay the deposit; the close ({@link ListingCloser}) decides by {@link CloseRules}.
 * Listings are public; intents are visible to the buyer itself, to administrators, and to the seller's side (counts while
 * the listing runs, the buyers after the close).
 */
@Service
@Transactional
public class ListingService {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	public static final String DEPOSIT_KIND = "listing";

	private final Listings listings;
	private final ListingIntents intents;
	private final ListingProperties properties;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final Deposits deposits;
	private final Deals deals;
	private final Auctions auctions;
	private final TenderService tenders;
	private final WorkingDays workingDays;
	private final CodeTables codes;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Clock clock;

	public ListingService(Listings listings, ListingIntents intents, ListingProperties properties, Achievements achievements,
			Organisations organisations, UserAccounts users, Deposits deposits, Deals deals, Auctions auctions,
			TenderService tenders, WorkingDays workingDays, CodeTables codes, Inbox inbox, AuditLog audit, Clock clock) {
		this.listings = listings;
		this.intents = intents;
		this.properties = properties;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.deposits = deposits;
		this.deals = deals;
		this.auctions = auctions;
		this.tenders = tenders;
		this.workingDays = workingDays;
		this.codes = codes;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	public ListingProperties properties() {
		return properties;
	}

	private String shown(Instant instant) {
		return SHOWN.format(instant.atZone(clock.getZone()));
	}

	private static DomainException notFound(long id) {
		return DomainException.notFound("listing.notFound", id);
	}

	// ------------------------------------------------------------------ who may do what

	static boolean trader(CurrentUser user) {
		return user != null && (user.has(Role.ENTERPRISE) || user.has(Role.INSTITUTION));
	}

	/** The seller's members (with a trading role) and administrators. */
	public boolean mayManage(CurrentUser user, Listing l) {
		return user != null && (user.isAdmin() || trader(user) && user.belongsTo(l.getSellerOrganisationId()));
	}

	/** Whether the page should offer this user the "register intent" button. */
	public boolean mayRegister(CurrentUser user, Listing l) {
		if (!trader(user) || !user.organisationVerified() || user.belongsTo(l.getSellerOrganisationId())
				|| !l.acceptsIntents(clock)) {
			return false;
		}
		Optional<OrganisationSummary> org = organisations.find(user.organisationId());
		return org.isPresent() && l.buyerRule().admitsType(org.get().type())
				&& l.buyerRule().admitsRegion(org.get().regionCode())
				&& intents.findByListingIdAndBuyerOrganisationId(l.getId(), user.organisationId()).isEmpty();
	}

	private OrganisationSummary verifiedOrganisation(CurrentUser user) {
		return organisations.find(user.organisationId()).filter(OrganisationSummary::verified)
			.orElseThrow(() -> DomainException.forbidden("listing.organisation.unverified"));
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public Listing view(long id) {
		return listings.findById(id).orElseThrow(() -> notFound(id));
	}

	/** The public list: listings running, or with every status when {@code all}; newest first. */
	@Transactional(readOnly = true)
	public Page<Listing> publicList(boolean all, int page, int size) {
		return listings.findByStatusInOrderByPublishedAtDesc(all ? EnumSet.allOf(ListingStatus.class)
				: EnumSet.of(ListingStatus.LISTED), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
	}

	@Transactional(readOnly = true)
	public List<Listing> sellerListings(CurrentUser user) {
		return trader(user) ? listings.findBySellerOrganisationIdOrderByPublishedAtDesc(user.organisationId()) : List.of();
	}

	@Transactional(readOnly = true)
	public List<Listing> all(CurrentUser admin) {
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		return listings.findTop200ByOrderByPublishedAtDesc();
	}

	/** The intents of the user's organisation, newest first. */
	@Transactional(readOnly = true)
	public List<ListingIntent> ownIntents(CurrentUser user) {
		return user == null ? List.of() : intents.findByBuyerOrganisationIdOrderByCreatedAtDesc(user.organisationId());
	}

	@Transactional(readOnly = true)
	public Optional<ListingIntent> ownIntent(CurrentUser user, long listingId) {
		return user == null ? Optional.empty()
				: intents.findByListingIdAndBuyerOrganisationId(listingId, user.organisationId());
	}

	/**
	 * The intents this user may see: administrators all; the seller's side all once the listing is closed (while it runs only
	 * the counts, {@link #counts}); a buyer its own.
	 */
	@Transactional(readOnly = true)
	public List<ListingIntent> intentsFor(CurrentUser user, long listingId) {
		Listing l = view(listingId);
		if (user == null) {
			throw notFound(listingId);
		}
		List<ListingIntent> all = intents.findByListingIdOrderByCreatedAtAsc(listingId);
		if (user.isAdmin() || mayManage(user, l) && l.getStatus() != ListingStatus.LISTED) {
			return all;
		}
		return all.stream().filter(i -> user.belongsTo(i.getBuyerOrganisationId())).toList();
	}

	public record Counts(long registered, long qualified) {
	}

	/** How many buyers registered and qualified (for the seller's side and administrators). */
	@Transactional(readOnly = true)
	public Optional<Counts> counts(CurrentUser user, Listing l) {
		if (!mayManage(user, l)) {
			return Optional.empty();
		}
		List<ListingIntent> all = intents.findByListingIdOrderByCreatedAtAsc(l.getId());
		return Optional.of(new Counts(all.stream().filter(i -> i.getStatus() != IntentStatus.WITHDRAWN).count(),
				all.stream().filter(i -> i.getStatus() == IntentStatus.QUALIFIED || i.getStatus() == IntentStatus.BUYER
						|| i.getStatus() == IntentStatus.ADMITTED).count()));
	}

	public Optional<DepositView> deposit(ListingIntent intent) {
		return deposits.find(intent.getDepositId());
	}

	/** The deposit bounds for a price, for forms: [min, max] yuan. */
	public BigDecimal[] depositBounds(BigDecimal price) {
		return new BigDecimal[] { price.multiply(properties.depositMinRate()).setScale(2, RoundingMode.CEILING),
				price.multiply(properties.depositMaxRate()).setScale(2, RoundingMode.FLOOR) };
	}

	/** The period's end for a listing published now, for forms. */
	public ListingPeriod periodFromNow(int workingDaysCount) {
		return ListingPeriod.of(clock.instant(), workingDaysCount, workingDays, clock.getZone());
	}

	// ------------------------------------------------------------------ listing

	/** Publishes a listing of a published achievement of the user's organisation; it runs at once. */
	public Listing publish(CurrentUser user, ListingDraft d) {
		return create(user, d, null);
	}

	/** Lists an unsold (or withdrawn) listing again, at the same or a lower price, for a new period. */
	public Listing relist(CurrentUser user, long id, ListingDraft d) {
		Listing old = listings.findById(id).orElseThrow(() -> notFound(id));
		if (!trader(user) || !user.belongsTo(old.getSellerOrganisationId())) {
			throw notFound(id);
		}
		if (!old.getStatus().mayRelist() || old.getRelistedAs() != null) {
			throw DomainException.conflict("listing.relist.notAllowed", old.getStatus().name());
		}
		if (d.price() != null && d.price().compareTo(old.getPrice()) > 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("price", "listing.relist.priceHigher",
					Money.text(old.getPrice()))));
		}
		ListingDraft same = new ListingDraft(old.getAchievementId(), d.method(), d.licenceMode(), d.licenceTerm(),
				d.territory(), d.price(), d.deposit(), d.periodWorkingDays(), d.qualifications(), d.buyerTypes(),
				d.buyerRegion(), d.route());
		Listing fresh = create(user, same, old.getId());
		old.relistedAs(fresh.getId());
		audit.record("listing.relist", "listing", old.getId(), "as " + fresh.getId() + " at " + Money.text(fresh.getPrice()));
		return fresh;
	}

	private Listing create(CurrentUser user, ListingDraft d, Long relistOf) {
		if (!trader(user)) {
			throw DomainException.forbidden("listing.create.notAllowed");
		}
		OrganisationSummary seller = verifiedOrganisation(user);
		List<FieldViolation> v = new ArrayList<>();
		AchievementSummary achievement = null;
		if (d.achievementId() == null) {
			v.add(FieldViolation.of("achievementId", "listing.achievement.required"));
		}
		else {
			// published, not converted: a listing may turn into an auction, which takes published achievements only
			achievement = achievements.findHeldBy(d.achievementId(), seller.id())
				.filter(a -> a.status() == AchievementStatus.PUBLISHED)
				.orElse(null);
			if (achievement == null) {
				v.add(FieldViolation.of("achievementId", "listing.achievement.notHeld"));
			}
		}
		if (d.method() == null) {
			v.add(FieldViolation.of("method", "listing.method.required"));
		}
		TradeTerms terms = TermsRules.check(d.method(), d.licenceMode(), d.licenceTerm(), d.territory(), v);
		if (!Money.isValid(d.price())) {
			v.add(FieldViolation.of("price", "listing.amount.invalid"));
		}
		else {
			BigDecimal[] bounds = depositBounds(d.price());
			if (!Money.isValid(d.deposit())) {
				v.add(FieldViolation.of("deposit", "listing.amount.invalid"));
			}
			else if (d.deposit().compareTo(bounds[0]) < 0 || d.deposit().compareTo(bounds[1]) > 0) {
				v.add(FieldViolation.of("deposit", "listing.deposit.range", Money.text(bounds[0]), Money.text(bounds[1]),
						percent(properties.depositMinRate()), percent(properties.depositMaxRate())));
			}
		}
		int period = d.periodWorkingDays() == null ? properties.periodWorkingDays() : d.periodWorkingDays();
		if (period < properties.minPeriodWorkingDays() || period > properties.maxPeriodWorkingDays()) {
			v.add(FieldViolation.of("periodWorkingDays", "listing.period.range", properties.minPeriodWorkingDays(),
					properties.maxPeriodWorkingDays()));
		}
		String qualifications = d.qualifications() == null || d.qualifications().isBlank() ? null : d.qualifications().strip();
		if (qualifications != null && qualifications.length() > properties.qualificationsMaxLength()) {
			v.add(FieldViolation.of("qualifications", "listing.qualifications.tooLong", properties.qualificationsMaxLength()));
		}
		String region = d.buyerRegion() == null || d.buyerRegion().isBlank() ? null : d.buyerRegion().strip();
		if (region != null && !codes.regions().contains(region)) {
			v.add(FieldViolation.of("buyerRegion", "listing.region.unknown"));
		}
		if (d.route() == null) {
			v.add(FieldViolation.of("multipleBuyersRoute", "listing.route.required"));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		if (listings.existsByAchievementIdAndStatus(achievement.id(), ListingStatus.LISTED)) {
			throw DomainException.conflict("listing.achievement.alreadyListed");
		}
		ListingPeriod p = periodFromNow(period);
		Listing l = listings.save(new Listing(achievement.id(), achievement.title(), seller.id(), seller.name(),
				user.getUsername(), terms, Money.normal(d.price()), Money.normal(d.deposit()), period, p, qualifications,
				new BuyerRule(d.buyerTypes(), region), d.route(), relistOf, clock));
		audit.record("listing.publish", "listing", l.getId(), "achievement " + achievement.id() + " " + terms.method() + " at "
				+ Money.text(l.getPrice()) + " deposit " + Money.text(l.getDeposit()) + ", " + period
				+ " working days to " + l.getLastDay() + ", then " + l.getRoute());
		return l;
	}

	private static String percent(BigDecimal rate) {
		return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
	}

	/** The seller withdraws a listing nobody has registered for. */
	public Listing withdraw(CurrentUser user, long id) {
		Listing l = listings.findById(id).orElseThrow(() -> notFound(id));
		if (!mayManage(user, l)) {
			throw notFound(id);
		}
		boolean anyIntent = intents.findByListingIdOrderByCreatedAtAsc(id).stream()
			.anyMatch(i -> i.getStatus() != IntentStatus.WITHDRAWN);
		l.withdraw(anyIntent, clock);
		audit.record("listing.withdraw", "listing", id, user.getUsername());
		return l;
	}

	// ------------------------------------------------------------------ intents

	/**
	 * A buyer registers its organisation's intent: verified, not the seller, meeting the structured qualifications, while the
	 * listing runs. Its deposit is required at once (PENDING until an administrator confirms it). Registering again returns
	 * the same intent.
	 */
	public ListingIntent register(CurrentUser user, long listingId) {
		Listing l = listings.findById(listingId).orElseThrow(() -> notFound(listingId));
		if (!trader(user)) {
			throw DomainException.forbidden("listing.intent.notAllowed");
		}
		OrganisationSummary buyer = verifiedOrganisation(user);
		if (buyer.id() == l.getSellerOrganisationId()) {
			throw DomainException.forbidden("listing.intent.ownListing");
		}
		Optional<ListingIntent> existing = intents.findByListingIdAndBuyerOrganisationId(listingId, buyer.id());
		if (existing.isPresent()) {
			if (existing.get().getStatus().isActive()) {
				return existing.get();
			}
			throw DomainException.conflict("listing.intent.ended", existing.get().getStatus().name());
		}
		if (!l.acceptsIntents(clock)) {
			throw DomainException.conflict("listing.intent.closed", shown(l.getEndsAt()));
		}
		BuyerRule rule = l.buyerRule();
		if (!rule.admitsType(buyer.type())) {
			throw DomainException.forbidden("listing.intent.typeNotAdmitted");
		}
		if (!rule.admitsRegion(buyer.regionCode())) {
			throw DomainException.forbidden("listing.intent.regionNotAdmitted", rule.region());
		}
		DepositView d = deposits.require(new DepositSubject(DEPOSIT_KIND, listingId), buyer.id(), l.getDeposit());
		ListingIntent intent = intents.save(new ListingIntent(listingId, buyer.id(), buyer.name(), user.id(),
				user.getUsername(), d.id(), d.amount(), clock));
		if (d.status() == DepositStatus.CONFIRMED) {
			intent.qualify(d.confirmedAt() == null ? clock.instant() : d.confirmedAt());
		}
		audit.record("listing.intent.register", "listing", listingId, "intent " + intent.getId() + " " + buyer.name()
				+ " deposit " + d.id());
		notifySeller(l, "listing.inbox.intent", List.of(l.getAchievementTitle()));
		return intent;
	}

	/** The buyer withdraws its intent while the listing runs; its deposit is released. */
	public ListingIntent withdrawIntent(CurrentUser user, long listingId) {
		Listing l = listings.findById(listingId).orElseThrow(() -> notFound(listingId));
		ListingIntent intent = ownIntent(user, listingId).filter(i -> trader(user))
			.orElseThrow(() -> DomainException.notFound("listing.intent.notFound", listingId));
		if (!l.acceptsIntents(clock)) {
			throw DomainException.conflict("listing.intent.closed", shown(l.getEndsAt()));
		}
		intent.withdraw(clock);
		release(intent.getDepositId(), "listing intent withdrawn");
		audit.record("listing.intent.withdraw", "listing", listingId, "intent " + intent.getId());
		return intent;
	}

	/**
	 * A confirmed listing deposit qualifies its buyer at once on the pages. The close does not rely on this event: it reads
	 * every deposit's state again.
	 */
	@EventListener
	public void on(DepositConfirmed event) {
		if (!DEPOSIT_KIND.equals(event.subject().kind())) {
			return;
		}
		intents.findByDepositId(event.depositId()).ifPresent(intent -> {
			Listing l = listings.findById(intent.getListingId()).orElse(null);
			if (l == null || intent.getStatus() != IntentStatus.PENDING_DEPOSIT || !l.acceptsIntents(clock)) {
				return;
			}
			intent.qualify(clock.instant());
			audit.record("listing.intent.qualified", "listing", l.getId(), "intent " + intent.getId() + " deposit "
					+ event.depositId());
			inbox.deliver(intent.getUserId(), "listing.inbox.qualified", List.of(l.getAchievementTitle(),
					shown(l.getEndsAt())), "/listings/" + l.getId());
		});
	}

	// ------------------------------------------------------------------ the close

	/**
	 * Closes one listing whose period is over, in the caller's transaction, which holds the listing's row lock (see
	 * {@link ListingCloser}): unqualified intents lapse and get their deposits back; then unsold, a deal, an auction or a
	 * tender. Returns false when the listing is not due (closed meanwhile).
	 */
	public boolean closeLocked(long listingId) {
		Listing l = listings.findById(listingId).orElse(null);
		if (l == null || !l.isDue(clock)) {
			return false;
		}
		List<ListingIntent> active = intents.findByListingIdOrderByCreatedAtAsc(listingId).stream()
			.filter(i -> i.getStatus().isActive())
			.toList();
		Map<Long, ListingIntent> byId = new LinkedHashMap<>();
		List<CloseRules.Candidate> candidates = new ArrayList<>();
		for (ListingIntent i : active) {
			byId.put(i.getId(), i);
			Optional<DepositView> d = deposits.find(i.getDepositId());
			candidates.add(new CloseRules.Candidate(i.getId(), d.map(DepositView::status).orElse(null),
					d.map(DepositView::confirmedAt).orElse(null)));
		}
		CloseRules.Decision decision = CloseRules.decide(candidates, l.getEndsAt());
		for (Long id : decision.lapsed()) {
			ListingIntent i = byId.get(id);
			i.lapse(clock);
			release(i.getDepositId(), "listing closed without a deposit confirmed in its period");
			inbox.deliver(i.getUserId(), "listing.inbox.lapsed", List.of(l.getAchievementTitle()), "/listings/" + listingId);
		}
		List<ListingIntent> qualified = decision.qualified().stream().map(byId::get).toList();
		String detail;
		switch (decision.outcome()) {
			case UNSOLD -> {
				l.closeUnsold(clock);
				detail = "unsold, " + decision.lapsed().size() + " intents lapsed";
			}
			case SOLD -> {
				ListingIntent buyer = qualified.get(0);
				long dealId = deals.agree(new DealProposal(DealOrigin.LISTING, listingId, l.getAchievementId(),
						l.getSellerOrganisationId(), buyer.getBuyerOrganisationId(), l.terms(), l.getPrice(),
						List.of(buyer.getDepositId())));
				buyer.becomeBuyer(clock);
				l.closeSold(dealId, clock);
				detail = "sold to " + buyer.getBuyerName() + " at " + Money.text(l.getPrice()) + ", deal " + dealId;
				inbox.deliver(buyer.getUserId(), "listing.inbox.bought", List.of(l.getAchievementTitle(),
						Money.text(l.getPrice())), "/listings/" + listingId);
			}
			default -> detail = convert(l, qualified);
		}
		audit.record("listing.close", "listing", listingId, detail);
		notifySeller(l, "listing.inbox.closed." + l.getStatus().name(), List.of(l.getAchievementTitle()));
		return true;
	}

	private String convert(Listing l, List<ListingIntent> qualified) {
		if (l.getRoute() == Listing.Route.AUCTION) {
			Instant startsAt = clock.instant().plus(properties.auctionNotice());
			Instant endsAt = startsAt.plus(properties.auctionDuration());
			long auctionId = auctions.announceAmong(new AuctionRequest(l.getAchievementId(), l.getSellerOrganisationId(),
					l.terms(), l.getPrice(), increment(l.getPrice()), l.getDeposit(), null, startsAt, endsAt),
					qualified.stream().map(i -> new QualifiedBidder(i.getBuyerOrganisationId(), i.getUserId(),
							i.getDepositId())).toList());
			qualified.forEach(i -> i.admit(clock));
			l.closeAuctioned(auctionId, clock);
			qualified.forEach(i -> inbox.deliver(i.getUserId(), "listing.inbox.auction", List.of(l.getAchievementTitle(),
					shown(startsAt)), "/auctions/" + auctionId));
			return "auction " + auctionId + " among " + qualified.size() + " qualified buyers from " + shown(startsAt);
		}
		Map<Long, Long> buyerDeposits = new LinkedHashMap<>();
		qualified.forEach(i -> buyerDeposits.put(i.getBuyerOrganisationId(), i.getDepositId()));
		Tender t = tenders.convert(new TenderService.Conversion(l.getId(), l.getSellerOrganisationId(), l.getSellerName(),
				l.getAchievementId(), l.getAchievementTitle(), l.terms(), l.getPrice(), properties.tenderPriceWeight(),
				buyerDeposits));
		qualified.forEach(i -> i.admit(clock));
		l.closeTendered(t.getId(), clock);
		return "tender " + t.getId() + " among " + qualified.size() + " qualified buyers";
	}

	/** The converted auction's bid increment: the configured share of the listing price, rounded up to whole yuan, ≥ 1. */
	BigDecimal increment(BigDecimal price) {
		BigDecimal step = price.multiply(properties.auctionIncrementRate()).setScale(0, RoundingMode.CEILING);
		return step.max(BigDecimal.ONE).setScale(2);
	}

	private void release(long depositId, String why) {
		Optional<DepositView> d = deposits.find(depositId);
		if (d.isPresent() && (d.get().status() == DepositStatus.PENDING || d.get().status() == DepositStatus.CONFIRMED)) {
			deposits.release(depositId, why);
		}
	}

	private void notifySeller(Listing l, String key, List<String> args) {
		for (CurrentUser member : users.members(l.getSellerOrganisationId())) {
			if (trader(member)) {
				inbox.deliver(member.id(), key, args, "/listings/" + l.getId());
			}
		}
	}
}
