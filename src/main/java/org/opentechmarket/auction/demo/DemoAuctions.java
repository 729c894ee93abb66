package org.opentechmarket.auction.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.auction.domain.BidService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo auctions on two published achievements of the demo university: one announced (bidding starts in 8 days), one running
 * (announced 8 days ago, bidding since yesterday, ending in 2 days) with two admitted bidders — demo-enterprise and
 * demo-enterprise2, deposits confirmed by demo-admin — and a few bids. demo-enterprise3 may register and wait for its deposit
 * to be confirmed. Idempotent: nothing is created when demo auctions exist.
 */
@Component
@Order(55)
class DemoAuctions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAuctions.class);

	private final AuctionService auctions;
	private final BidService bids;
	private final Achievements achievements;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoAuctions(AuctionService auctions, BidService bids, Achievements achievements, UserAccounts users, DemoMode demo,
			Environment environment, TransactionTemplate tx, Clock clock) {
		this.auctions = auctions;
		this.bids = bids;
		this.achievements = achievements;
		this.users = users;
		this.demo = demo;
		this.environment = environment;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli")) || auctions.seeded()) {
			return;
		}
		CurrentUser seller = users.loadUser("demo-institution").orElse(null);
		CurrentUser admin = users.loadUser("demo-admin").orElse(null);
		CurrentUser bidder1 = users.loadUser("demo-enterprise").orElse(null);
		CurrentUser bidder2 = users.loadUser("demo-enterprise2").orElse(null);
		if (seller == null || admin == null || bidder1 == null || bidder2 == null) {
			return;
		}
		List<AchievementSummary> lots = achievements.recentPublished(List.of(), List.of(), List.of(), 200).stream()
			.filter(a -> a.holderOrganisationId() == seller.organisationId())
			.sorted(java.util.Comparator.comparingLong(AchievementSummary::id))
			.toList();
		if (lots.size() < 2) {
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
		Auction running = tx.execute(s -> {
			Instant startedAt = now.minus(Duration.ofDays(1));
			Auction a = auctions.seed(seller, new AuctionTerms(lots.get(0).id(), seller.organisationId(),
					new TradeTerms(TradeMethod.LICENSE, LicenceMode.EXCLUSIVE, "5年", "中国大陆"), "800000.00", "10000.00",
					"80000.00", "900000.00", startedAt, now.plus(Duration.ofDays(2))), startedAt.minus(Duration.ofDays(8)));
			for (CurrentUser bidder : List.of(bidder1, bidder2)) {
				Registration r = auctions.register(bidder, a.id(), true);
				auctions.confirmDeposit(admin, a.id(), r.id(), "DEMO-" + a.id() + "-" + r.bidderNumber());
			}
			return a;
		});
		tx.executeWithoutResult(s -> {
			Instant startsAt = now.plus(Duration.ofDays(8));
			auctions.seed(seller, new AuctionTerms(lots.get(1).id(), seller.organisationId(), TradeTerms.transfer(),
					"1200000.00", "20000.00", null, null, startsAt, startsAt.plus(Duration.ofDays(1))), now);
		});
		// bids go through the desk like any other (each committed before the next is decided)
		String[][] demoBids = { { "demo-enterprise", "800000.00" }, { "demo-enterprise2", "820000.00" },
				{ "demo-enterprise", "850000.00" } };
		for (String[] b : demoBids) {
			bids.place(b[0].equals("demo-enterprise") ? bidder1 : bidder2, running.id(), b[1]);
		}
		log.info("Demo data: an announced auction and a running one with {} bids", demoBids.length);
	}
}
