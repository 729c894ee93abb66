package org.opentechmarket.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionCloser;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealStatus;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.Deposits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The auction API exactly as issue 5 item 9 specifies it, one test per rule over HTTP (MockMvc): announcing, registering,
 * confirming deposits, every kind of refused bid as a problem with its reason, the extension, the close with and without
 * the reserve met, deposits released, applied and forfeited, relisting, and the public hash-chained log.
 */
@PlatformTest
class AuctionApiIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService achievements;
	@Autowired
	AuctionService service;
	@Autowired
	AuctionCloser closer;
	@Autowired
	UserAccounts users;
	@Autowired
	Deposits deposits;
	@Autowired
	Deals deals;
	@Autowired
	JdbcTemplate jdbc;

	AuctionFixtures fixtures() {
		return new AuctionFixtures(mvc, clock, achievements, service, users);
	}

	ResultActions bid(String bidder, long auction, String amount) throws Exception {
		return mvc.perform(post("/api/v1/auctions/{id}/bids", auction).with(user(fixtures().account(bidder)))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"" + amount + "\"}"));
	}

	static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String auctionJson(long lot, Instant start, Instant end, String reserve) {
		return """
				{"achievementId": %d, "startPrice": "100000.00", "increment": "1000.00", "deposit": "10000.00",%s
				 "startsAt": "%s", "endsAt": "%s"}
				""".formatted(lot, reserve == null ? "" : " \"reserve\": \"" + reserve + "\",", start, end);
	}

	// ------------------------------------------------------------------ announcing

	@Test
	void theHolderAnnouncesThroughTheApiAndThePublicNeverSeesTheReserve() throws Exception {
		AuctionFixtures f = fixtures();
		long lot = f.freshLot();
		Instant start = clock.instant().plus(Duration.ofDays(8));
		// another organisation cannot auction the university's achievement
		mvc.perform(post("/api/v1/auctions").with(httpBasic("demo-enterprise", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content(auctionJson(lot, start, start.plus(Duration.ofDays(1)), null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("achievementId"));
		MvcResult created = mvc.perform(post("/api/v1/auctions").with(httpBasic(AuctionFixtures.SELLER, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(auctionJson(lot, start, start.plus(Duration.ofDays(1)), "150000.00")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.status").value("ANNOUNCED"))
			.andExpect(jsonPath("$.startPrice").value("100000.00"))
			.andExpect(jsonPath("$.reserve").value("150000.00"))
			.andReturn();
		long id = ((Number) JsonPath.read(body(created), "$.id")).longValue();
		mvc.perform(get("/api/v1/auctions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hasReserve").value(true))
			.andExpect(jsonPath("$.reserve").value(nullValue()))
			.andExpect(jsonPath("$.currentPrice").value(nullValue()))
			.andExpect(jsonPath("$.bidCount").value(0))
			.andExpect(jsonPath("$.endsAt").value(Times.iso(start.plus(Duration.ofDays(1)))));
		mvc.perform(get("/auctions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有（金额保密")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("150000.00"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("150,000"))));
		// a second running auction of the same achievement is refused
		mvc.perform(post("/api/v1/auctions").with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(auctionJson(lot, start, start.plus(Duration.ofDays(1)), null)))
			.andExpect(status().isConflict());
		// seven days' notice and a day of bidding
		long other = f.freshLot();
		Instant soon = clock.instant().plus(Duration.ofDays(3));
		mvc.perform(post("/api/v1/auctions").with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(auctionJson(other, soon, soon.plus(Duration.ofHours(2)), null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].code").value("auction.startsAt.notice"))
			.andExpect(jsonPath("$.errors[?(@.field == 'endsAt')].code").value("auction.endsAt.duration"));
	}

	// ------------------------------------------------------------------ registration

	@Test
	void biddersRegisterAndAnAdministratorConfirmsTheirDeposit() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		MvcResult r = mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id())
				.with(httpBasic("demo-enterprise", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.bidderNumber").value(org.hamcrest.Matchers.matchesPattern("A[0-9]+")))
			.andExpect(jsonPath("$.depositAmount").value("10000.00"))
			.andExpect(jsonPath("$.depositConfirmed").value(false))
			.andReturn();
		long registration = ((Number) JsonPath.read(body(r), "$.id")).longValue();
		long deposit = ((Number) JsonPath.read(body(r), "$.depositId")).longValue();
		assertThat(deposits.find(deposit).orElseThrow().status()).isEqualTo(DepositStatus.PENDING);
		// the same organisation again: the same registration
		mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id()).with(user(f.account("demo-enterprise"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(registration));
		// rules not accepted
		mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id()).with(user(f.account("demo-enterprise2")))
				.contentType(MediaType.APPLICATION_JSON).content("{\"acceptRules\": false}"))
			.andExpect(status().isBadRequest());
		// only administrators confirm
		mvc.perform(post("/api/v1/auctions/{id}/registrations/{r}/deposit-confirmation", auction.id(), registration)
				.with(user(f.account("demo-enterprise"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/auctions/{id}/registrations/{r}/deposit-confirmation", auction.id(), registration)
				.with(httpBasic("admin", "admin-test-password")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"bankReference\": \"ICBC-20260301-0042\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.depositConfirmed").value(true));
		assertThat(deposits.find(deposit).orElseThrow().bankReference()).isEqualTo("ICBC-20260301-0042");
		// confirming again changes nothing
		mvc.perform(post("/api/v1/auctions/{id}/registrations/{r}/deposit-confirmation", auction.id(), registration)
				.with(user(f.account("admin"))))
			.andExpect(status().isOk());
		// a registration of another auction is not found under this one
		mvc.perform(post("/api/v1/auctions/{id}/registrations/{r}/deposit-confirmation", auction.id() + 100000, registration)
				.with(user(f.account("admin"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSellerAndItsUsersAndThePlatformStaffMayNeitherRegisterNorBid() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id()).with(user(f.account(AuctionFixtures.SELLER))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("第三十条")));
		// demo-expert1 works at the seller's university
		mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id()).with(user(f.account("demo-expert1"))))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/auctions/{id}/registrations", auction.id()).with(user(f.account("demo-admin"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("第二十二条")));
		f.toStart(auction);
		bid(AuctionFixtures.SELLER, auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("SELLER"));
		bid("demo-expert1", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("SELLER"));
		bid("admin", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("OPERATOR"));
	}

	// ------------------------------------------------------------------ bids

	@Test
	void everyRefusedBidIsAProblemSayingWhyAndChangesNothing() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		f.admit(auction, "demo-enterprise");
		service.register(f.account("demo-enterprise2"), auction.id(), true); // deposit not confirmed
		// before the start
		bid("demo-enterprise", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.reason").value("NOT_STARTED"))
			.andExpect(jsonPath("$.detail").value(containsString("竞价将于")));
		f.toStart(auction);
		bid("demo-enterprise3", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("NOT_REGISTERED"));
		bid("demo-enterprise2", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("DEPOSIT_UNCONFIRMED"));
		bid("demo-enterprise", auction.id(), "99999.99").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("BELOW_START"))
			.andExpect(jsonPath("$.detail").value(containsString("100000.00")));
		bid("demo-enterprise", auction.id(), "abc").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("AMOUNT_FORMAT"));
		bid("demo-enterprise", auction.id(), "100000.001").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("AMOUNT_FORMAT"));
		mvc.perform(get("/api/v1/auctions/{id}", auction.id())).andExpect(jsonPath("$.bidCount").value(0));
		// the first valid bid
		bid("demo-enterprise", auction.id(), "100000.00").andExpect(status().isCreated())
			.andExpect(jsonPath("$.sequence").value(1))
			.andExpect(jsonPath("$.amount").value("100000.00"))
			.andExpect(jsonPath("$.endsAt").value(Times.iso(auction.scheduledEndsAt())));
		bid("demo-enterprise", auction.id(), "100000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("TOO_LOW"))
			.andExpect(jsonPath("$.minimumBid").value("101000.00"))
			.andExpect(jsonPath("$.detail").value(containsString("101000.00")));
		bid("demo-enterprise", auction.id(), "101500.00").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("WRONG_STEP"));
		bid("demo-enterprise", auction.id(), "103000.00").andExpect(status().isCreated())
			.andExpect(jsonPath("$.sequence").value(2));
		// a retried request with the same Idempotency-Key places nothing twice
		for (int attempt = 0; attempt < 2; attempt++) {
			mvc.perform(post("/api/v1/auctions/{id}/bids", auction.id()).with(user(f.account("demo-enterprise")))
					.header("Idempotency-Key", "bid-" + auction.id()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"amount\":\"104000.00\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.sequence").value(3));
		}
		bid("demo-enterprise", auction.id(), "104000.00").andExpect(status().isConflict());
		// after the end
		f.to(auction.scheduledEndsAt());
		bid("demo-enterprise", auction.id(), "105000.00").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("ENDED"));
		mvc.perform(get("/api/v1/auctions/{id}", auction.id()))
			.andExpect(jsonPath("$.bidCount").value(3))
			.andExpect(jsonPath("$.currentPrice").value("104000.00"))
			.andExpect(jsonPath("$.endsAt").value(Times.iso(auction.scheduledEndsAt())));
	}

	@Test
	void anAcceptedBidInTheLastMinutesMovesTheOneEndTimeEverythingReads() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		f.admit(auction, "demo-enterprise");
		f.admit(auction, "demo-enterprise2");
		f.toStart(auction);
		bid("demo-enterprise", auction.id(), "100000.00").andExpect(status().isCreated());
		Instant late = auction.scheduledEndsAt().minus(Duration.ofMinutes(2));
		f.to(late);
		// refused bids in the window never extend
		bid("demo-enterprise2", auction.id(), "100000.00").andExpect(status().isConflict());
		bid("demo-enterprise2", auction.id(), "100100.00").andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/auctions/{id}", auction.id()))
			.andExpect(jsonPath("$.endsAt").value(Times.iso(auction.scheduledEndsAt())));
		Instant moved = late.plus(Duration.ofMinutes(5));
		bid("demo-enterprise2", auction.id(), "101000.00").andExpect(status().isCreated())
			.andExpect(jsonPath("$.endsAt").value(Times.iso(moved)))
			.andExpect(jsonPath("$.extended").value(true));
		mvc.perform(get("/api/v1/auctions/{id}", auction.id()))
			.andExpect(jsonPath("$.endsAt").value(Times.iso(moved)))
			.andExpect(jsonPath("$.extensions").value(1));
		// past the announced end but before the moved one: still bidding, the closing job does not close it
		f.to(auction.scheduledEndsAt().plusSeconds(30));
		closer.closeDue();
		assertThat(service.view(auction.id()).status()).isEqualTo(AuctionStatus.OPEN);
		bid("demo-enterprise", auction.id(), "102000.00").andExpect(status().isCreated())
			.andExpect(jsonPath("$.endsAt").value(Times.iso(auction.scheduledEndsAt().plusSeconds(30).plus(Duration.ofMinutes(5)))));
		mvc.perform(get("/auctions/{id}", auction.id()))
			.andExpect(content().string(containsString("已延时 2 次")));
	}

	// ------------------------------------------------------------------ close, deposits, commission

	@Test
	void theReserveMetSellsLosersGetTheirDepositsBackAndTheWinnersCountsTowardThePrice() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), "102000.00");
		Registration a = f.admit(auction, "demo-enterprise");
		Registration b = f.admit(auction, "demo-enterprise2");
		Registration idle = service.register(f.account("demo-enterprise3"), auction.id(), true);
		f.toStart(auction);
		bid("demo-enterprise", auction.id(), "100000.00").andExpect(status().isCreated());
		bid("demo-enterprise2", auction.id(), "102000.00").andExpect(status().isCreated());
		f.to(auction.scheduledEndsAt());
		assertThat(closer.closeDue()).isGreaterThanOrEqualTo(1);
		assertThat(closer.closeDue()).isZero();
		mvc.perform(get("/api/v1/auctions/{id}", auction.id()))
			.andExpect(jsonPath("$.status").value("SOLD"))
			.andExpect(jsonPath("$.winner").value(b.bidderNumber()))
			.andExpect(jsonPath("$.winnerOrganisationName").value(b.organisationName()))
			.andExpect(jsonPath("$.hammerPrice").value("102000.00"))
			.andExpect(jsonPath("$.commissionBuyer").value("5100.00"))
			.andExpect(jsonPath("$.commissionSeller").value("5100.00"));
		assertThat(deposits.find(a.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(deposits.find(idle.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		// the winner's deposit secures its signature
		assertThat(deposits.find(b.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
		// only the winner signs the confirmation of sale; then the deal exists, the deposit counted toward its price
		mvc.perform(post("/api/v1/auctions/{id}/confirmation", auction.id()).with(user(f.account("demo-enterprise"))))
			.andExpect(status().isForbidden());
		MvcResult signed = mvc.perform(post("/api/v1/auctions/{id}/confirmation", auction.id())
				.with(user(f.account("demo-enterprise2"))))
			.andExpect(status().isOk())
			.andReturn();
		long dealId = ((Number) JsonPath.read(body(signed), "$.dealId")).longValue();
		var deal = deals.findByOrigin(DealOrigin.AUCTION, auction.id()).orElseThrow();
		assertThat(deal.id()).isEqualTo(dealId);
		assertThat(deal.price()).isEqualByComparingTo("102000.00");
		assertThat(deal.buyerOrganisationId()).isEqualTo(b.organisationId());
		assertThat(deal.status()).isEqualTo(DealStatus.AGREED);
		var applied = deposits.find(b.depositId()).orElseThrow();
		assertThat(applied.status()).isEqualTo(DepositStatus.APPLIED);
		assertThat(applied.appliedToDealId()).isEqualTo(dealId);
		// signing again: the same deal
		mvc.perform(post("/api/v1/auctions/{id}/confirmation", auction.id()).with(user(f.account("demo-enterprise2"))))
			.andExpect(jsonPath("$.dealId").value(dealId));
		// nothing forfeited later
		f.to(clock.instant().plus(Duration.ofDays(11)));
		closer.settleSigningDue();
		assertThat(deposits.find(b.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.APPLIED);
	}

	@Test
	void aWinnerThatDoesNotSignInTimeForfeitsItsDepositAndMayNotBidWhenTheLotIsAuctionedAgain() throws Exception {
		AuctionFixtures f = fixtures();
		long lot = f.freshLot();
		Auction auction = f.announce(lot, null);
		Registration winner = f.admit(auction, "demo-enterprise3");
		f.toStart(auction);
		bid("demo-enterprise3", auction.id(), "100000.00").andExpect(status().isCreated());
		f.to(auction.scheduledEndsAt());
		closer.closeDue();
		Auction sold = service.view(auction.id());
		f.to(sold.signingDueAt().minusSeconds(1));
		closer.settleSigningDue();
		assertThat(deposits.find(winner.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
		f.to(sold.signingDueAt());
		assertThat(closer.settleSigningDue()).isGreaterThanOrEqualTo(1);
		assertThat(deposits.find(winner.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.FORFEITED);
		assertThat(deals.findByOrigin(DealOrigin.AUCTION, auction.id())).isEmpty();
		mvc.perform(post("/api/v1/auctions/{id}/confirmation", auction.id()).with(user(f.account("demo-enterprise3"))))
			.andExpect(status().isConflict());
		// the lot is auctioned again; the bidder that reneged is not admitted (网络司法拍卖规定 第二十四条)
		Auction again = f.announce(lot, null);
		assertThat(again.relistOf()).isEqualTo(auction.id());
		mvc.perform(post("/api/v1/auctions/{id}/registrations", again.id()).with(user(f.account("demo-enterprise3"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("第二十四条")));
	}

	@Test
	void aFailedAuctionIsRelistedWithinThirtyDaysAtMostTwentyPercentLower() throws Exception {
		AuctionFixtures f = fixtures();
		long lot = f.freshLot();
		Auction auction = f.announce(lot, "150000.00");
		Registration a = f.admit(auction, "demo-enterprise");
		f.toStart(auction);
		bid("demo-enterprise", auction.id(), "120000.00").andExpect(status().isCreated());
		f.to(auction.scheduledEndsAt());
		closer.closeDue();
		mvc.perform(get("/api/v1/auctions/{id}", auction.id()))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.winner").value(nullValue()))
			.andExpect(jsonPath("$.links.inquiry").value("/achievements/" + lot + "/inquiries/new?afterAuction=" + auction.id()));
		assertThat(deposits.find(a.depositId()).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		mvc.perform(get("/auctions/{id}", auction.id()))
			.andExpect(content().string(containsString("/achievements/" + lot + "/inquiries/new?afterAuction=" + auction.id())));
		Instant start = clock.instant().plus(Duration.ofDays(8));
		String lower = auctionJson(lot, start, start.plus(Duration.ofDays(1)), null).replace("\"100000.00\"", "\"79999.00\"")
			.replace("\"10000.00\"", "\"8000.00\"");
		mvc.perform(post("/api/v1/auctions/{id}/relist", auction.id()).with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(lower))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("auction.relist.tooLow"));
		// a plain new auction of the same lot is the relisting too: the rule cannot be walked around
		mvc.perform(post("/api/v1/auctions").with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(lower))
			.andExpect(status().isBadRequest());
		String twentyPercent = lower.replace("\"79999.00\"", "\"80000.00\"");
		mvc.perform(post("/api/v1/auctions/{id}/relist", auction.id()).with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(twentyPercent))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.relistOf").value(auction.id()))
			.andExpect(jsonPath("$.startPrice").value("80000.00"));
		mvc.perform(post("/api/v1/auctions/{id}/relist", auction.id()).with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(twentyPercent))
			.andExpect(status().isConflict());
	}

	@Test
	void afterTheRelistWindowTheSellerCannotRelist() throws Exception {
		AuctionFixtures f = fixtures();
		long lot = f.freshLot();
		Auction auction = f.announce(lot, null);
		f.to(auction.scheduledEndsAt());
		closer.closeDue();
		assertThat(service.view(auction.id()).status()).isEqualTo(AuctionStatus.FAILED);
		f.to(auction.scheduledEndsAt().plus(Duration.ofDays(30)).plusSeconds(1));
		Instant start = clock.instant().plus(Duration.ofDays(8));
		mvc.perform(post("/api/v1/auctions/{id}/relist", auction.id()).with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(auctionJson(lot, start, start.plus(Duration.ofDays(1)), null)))
			.andExpect(status().isConflict());
		// a new auction is free again after the window
		mvc.perform(post("/api/v1/auctions").with(user(f.account(AuctionFixtures.SELLER)))
				.contentType(MediaType.APPLICATION_JSON).content(auctionJson(lot, start, start.plus(Duration.ofDays(1)), null)
					.replace("\"100000.00\"", "\"50000.00\"").replace("\"10000.00\"", "\"5000.00\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.relistOf").value(nullValue()));
	}

	// ------------------------------------------------------------------ the log

	@Test
	void theBidLogIsPublicHashChainedAndTamperingShows() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		Registration a = f.admit(auction, "demo-enterprise");
		Registration b = f.admit(auction, "demo-enterprise2");
		f.toStart(auction);
		for (int i = 0; i < 6; i++) {
			bid(i % 2 == 0 ? "demo-enterprise" : "demo-enterprise2", auction.id(), (100000 + i * 1000) + ".00")
				.andExpect(status().isCreated());
		}
		MvcResult log = mvc.perform(get("/api/v1/auctions/{id}/bids", auction.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6))
			.andExpect(jsonPath("$[0].sequence").value(1))
			.andExpect(jsonPath("$[0].bidder").value(a.bidderNumber()))
			.andExpect(jsonPath("$[1].bidder").value(b.bidderNumber()))
			.andExpect(jsonPath("$[0].previousHash").value("0".repeat(64)))
			.andReturn();
		List<String> hashes = JsonPath.read(body(log), "$[*].hash");
		List<String> previous = JsonPath.read(body(log), "$[*].previousHash");
		for (int i = 1; i < 6; i++) {
			assertThat(previous.get(i)).isEqualTo(hashes.get(i - 1));
		}
		// anyone recomputes bid 3 from the documented canonical form
		String canonical = auction.id() + "|3|" + JsonPath.read(body(log), "$[2].amount") + "|" + a.bidderNumber() + "|"
				+ JsonPath.read(body(log), "$[2].placedAt") + "|" + hashes.get(1);
		assertThat(org.opentechmarket.auction.domain.BidChain.sha256(canonical)).isEqualTo(hashes.get(2));
		mvc.perform(get("/api/v1/auctions/{id}/verification", auction.id())).andExpect(jsonPath("$.valid").value(true));
		mvc.perform(get("/auctions/{id}/bids", auction.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("校验通过")))
			.andExpect(content().string(containsString(hashes.get(5))));
		// someone with database access changes an amount: the server's recomputation shows where
		jdbc.update("update auction_bids set amount = amount + 1 where auction_id = ? and sequence = 4", auction.id());
		mvc.perform(get("/api/v1/auctions/{id}/verification", auction.id()))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.firstBrokenSequence").value(4))
			.andExpect(jsonPath("$.problem").value("hash"));
		mvc.perform(get("/auctions/{id}/bids", auction.id()))
			.andExpect(content().string(containsString("哈希链校验未通过")));
	}
}
