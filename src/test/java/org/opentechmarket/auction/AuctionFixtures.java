package org.opentechmarket.auction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Auctions the way the tests need them: a freshly published lot held by the demo university (one running auction per
 * achievement, so each test brings its own), announced with the default rules (7 days' notice, at least a day of bidding),
 * bidders registered with confirmed deposits. Times always count from the shared clock's now.
 */
public final class AuctionFixtures {

	public static final String SELLER = "demo-institution";
	public static final String[] BIDDERS = { "demo-enterprise", "demo-enterprise2", "demo-enterprise3", "demo-institution2",
			"demo-broker", "demo-financier" };

	private final MockMvc mvc;
	private final MutableClock clock;
	private final AchievementService achievements;
	private final AuctionService auctions;
	private final UserAccounts users;

	public AuctionFixtures(MockMvc mvc, MutableClock clock, AchievementService achievements, AuctionService auctions,
			UserAccounts users) {
		this.mvc = mvc;
		this.clock = clock;
		this.achievements = achievements;
		this.auctions = auctions;
		this.users = users;
	}

	public CurrentUser account(String name) {
		return users.loadUser(name).orElseThrow();
	}

	/** A newly published achievement of the demo university (moves the clock 16 days past its public notice). */
	public long freshLot() throws Exception {
		String title = "竞价测试成果" + Registrations.unique() + ThreadLocalRandom.current().nextInt(1000);
		return Registrations.publish(mvc, account(SELLER), Registrations.appliedJson(title, Registrations.patentNumber()),
				clock, achievements);
	}

	/** Announced now, bidding from 7 days and an hour from now for a day; start 100,000.00, increment 1,000.00. */
	public Auction announce(long lot, String reserve) {
		Instant start = clock.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(1));
		return announce(lot, "100000.00", "1000.00", null, reserve, start, start.plus(Duration.ofDays(1)));
	}

	public Auction announce(long lot, String startPrice, String increment, String deposit, String reserve, Instant startsAt,
			Instant endsAt) {
		CurrentUser seller = account(SELLER);
		return auctions.announce(seller, new AuctionTerms(lot, seller.organisationId(), TradeTerms.transfer(), startPrice,
				increment, deposit, reserve, startsAt, endsAt));
	}

	/** Registers the bidder's organisation and has the administrator confirm its deposit. */
	public Registration admit(Auction auction, String bidder) {
		Registration r = auctions.register(account(bidder), auction.id(), true);
		return auctions.confirmDeposit(account("admin"), auction.id(), r.id(), "BANK-" + Registrations.unique());
	}

	/** Moves the shared clock to the auction's start (it only ever moves forward). */
	public void toStart(Auction auction) {
		Duration ahead = Duration.between(clock.instant(), auction.startsAt());
		if (!ahead.isNegative()) {
			clock.advance(ahead);
		}
	}

	/** Moves the shared clock to this instant (forward only). */
	public void to(Instant instant) {
		Duration ahead = Duration.between(clock.instant(), instant);
		if (!ahead.isNegative()) {
			clock.advance(ahead);
		}
	}

	/** A bid through the web form of the live page, as the bidder's browser sends it. */
	public void formBid(CurrentUser bidder, long auctionId, String amount) throws Exception {
		mvc.perform(post("/auctions/{id}/bids", auctionId).param("amount", amount).with(user(bidder))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
	}

	public static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}
}
