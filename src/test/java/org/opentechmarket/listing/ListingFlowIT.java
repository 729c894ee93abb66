package org.opentechmarket.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentechmarket.listing.ListingFixtures.ADMIN;
import static org.opentechmarket.listing.ListingFixtures.DEMO;
import static org.opentechmarket.listing.ListingFixtures.body;
import static org.opentechmarket.listing.ListingFixtures.id;
import static org.opentechmarket.listing.ListingFixtures.listingJson;
import static org.opentechmarket.listing.ListingFixtures.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.auction.AuctionSummary;
import org.opentechmarket.auction.Auctions;
import org.opentechmarket.listing.domain.ListingCloser;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealSummary;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.Deposits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Listings end to end through the API and the close job: one qualified buyer makes a deal, two or more an auction or a tender
 * among them, none leaves the listing unsold with every deposit released; the close happens once even when the job runs
 * concurrently; who may see and do what.
 */
@PlatformTest
class ListingFlowIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	ListingCloser closer;
	@Autowired
	Deposits deposits;
	@Autowired
	Deals deals;
	@Autowired
	Auctions auctions;
	@Autowired
	TenderService tenders;

	ListingFixtures fx() {
		return new ListingFixtures(userDetails, jdbc, mvc);
	}

	/** Publishes a listing of a free achievement of demo-institution at 500,000 yuan; returns its JSON. */
	private String publish(String route) throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		MvcResult r = fx().postJson("/api/v1/listings", "demo-institution", DEMO,
				listingJson(fx().freeAchievement(seller), "500000.00", "50000.00", 10, route));
		assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
		return body(r);
	}

	private long register(long listingId, String buyer) throws Exception {
		MvcResult r = fx().postJson("/api/v1/listings/" + listingId + "/intents", buyer, DEMO, null);
		assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
		assertThat((String) read(r, "$.status")).isEqualTo("PENDING_DEPOSIT");
		assertThat((String) read(r, "$.deposit.amount")).isEqualTo("50000.00");
		return ((Number) read(r, "$.deposit.id")).longValue();
	}

	private void confirm(long depositId) {
		deposits.confirm(depositId, fx().user(ADMIN), "BANK-" + depositId);
	}

	private String listing(long id) throws Exception {
		return mvc.perform(get("/api/v1/listings/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private void closeAfterTheEnd(String listingJson) {
		ListingFixtures.after(clock, Instant.parse(com.jayway.jsonpath.JsonPath.read(listingJson, "$.endsAt")));
		closer.closeDue();
	}

	@Test
	void oneQualifiedBuyerBuysAtTheListingPriceWithItsDepositApplied() throws Exception {
		String json = publish("AUCTION");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.price")).isEqualTo("500000.00");
		assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.status")).isEqualTo("LISTED");
		long paid = register(id, "demo-enterprise3");
		long unpaid = register(id, "demo-enterprise2");
		confirm(paid);

		// the confirmation qualifies the buyer at once (DepositConfirmed)
		mvc.perform(get("/api/v1/listings/{id}/intents", id).with(httpBasic("demo-enterprise3", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("QUALIFIED"))
			.andExpect(jsonPath("$[0].deposit.status").value("CONFIRMED"));
		// the seller sees counts while the listing runs, never names
		mvc.perform(get("/api/v1/listings/{id}", id).with(httpBasic("demo-institution", DEMO)))
			.andExpect(jsonPath("$.intents.registered").value(2))
			.andExpect(jsonPath("$.intents.qualified").value(1));
		mvc.perform(get("/api/v1/listings/{id}/intents", id).with(httpBasic("demo-institution", DEMO)))
			.andExpect(jsonPath("$.length()").value(0));
		// the public sees the listing, not the intents
		mvc.perform(get("/api/v1/listings/{id}", id)).andExpect(jsonPath("$.intents").doesNotExist());
		mvc.perform(get("/api/v1/listings/{id}/intents", id)).andExpect(status().isNotFound());

		closeAfterTheEnd(json);

		String closed = listing(id);
		assertThat((String) com.jayway.jsonpath.JsonPath.read(closed, "$.status")).isEqualTo("SOLD");
		DealSummary deal = deals.findByOrigin(DealOrigin.LISTING, id).orElseThrow();
		assertThat(((Number) com.jayway.jsonpath.JsonPath.read(closed, "$.dealId")).longValue()).isEqualTo(deal.id());
		assertThat(deal.price()).isEqualByComparingTo("500000.00");
		assertThat(deal.buyerOrganisationId()).isEqualTo(fx().user("demo-enterprise3").organisationId());
		assertThat(deal.sellerOrganisationId()).isEqualTo(fx().user("demo-institution").organisationId());
		assertThat(deal.terms().licenceMode()).isNotNull();
		assertThat(deposits.find(paid).orElseThrow().status()).isEqualTo(DepositStatus.APPLIED);
		assertThat(deposits.find(unpaid).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		mvc.perform(get("/api/v1/listings/{id}/intents", id).with(httpBasic("demo-institution", DEMO)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.status == 'BUYER')].buyer").value(org.hamcrest.Matchers.contains("温州瓯江生物医药有限公司")))
			.andExpect(jsonPath("$[?(@.status == 'LAPSED')]", org.hamcrest.Matchers.hasSize(1)));
		assertThat(fx().audits("listing.close", "listing", id)).isEqualTo(1);
		// closing again finds nothing to do
		closer.closeDue();
		assertThat(fx().audits("listing.close", "listing", id)).isEqualTo(1);
	}

	@Test
	void twoQualifiedBuyersGoToAnAuctionAmongThemStartingAtTheListingPrice() throws Exception {
		String json = publish("AUCTION");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		long first = register(id, "demo-enterprise2");
		long second = register(id, "demo-enterprise3");
		confirm(first);
		confirm(second);

		closeAfterTheEnd(json);

		String closed = listing(id);
		assertThat((String) com.jayway.jsonpath.JsonPath.read(closed, "$.status")).isEqualTo("AUCTIONED");
		long auctionId = com.jayway.jsonpath.JsonPath.<Number>read(closed, "$.auctionId").longValue();
		AuctionSummary auction = auctions.find(auctionId).orElseThrow();
		assertThat(auction.status()).isEqualTo(AuctionStatus.ANNOUNCED);
		assertThat(auction.startPrice()).isEqualByComparingTo("500000.00");
		assertThat(auction.sellerOrganisationId()).isEqualTo(fx().user("demo-institution").organisationId());
		assertThat(auction.startsAt()).isAfterOrEqualTo(clock.instant().plus(java.time.Duration.ofDays(7)).minusSeconds(5));
		// the deposits stay confirmed: they secure the auction now
		assertThat(deposits.find(first).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
		assertThat(deposits.find(second).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
		assertThat(jdbc.queryForObject("select count(*) from auction_registrations where auction_id = ?", Integer.class,
				auctionId)).isEqualTo(2);
		mvc.perform(get("/api/v1/listings/{id}/intents", id).with(httpBasic(ADMIN, ListingFixtures.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[?(@.status == 'ADMITTED')]", org.hamcrest.Matchers.hasSize(2)));
		assertThat(deals.findByOrigin(DealOrigin.LISTING, id)).isEmpty();
	}

	@Test
	void twoQualifiedBuyersGoToAnInvitedTenderWhenTheSellerChoseIt() throws Exception {
		String json = publish("TENDER");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		long first = register(id, "demo-enterprise2");
		long second = register(id, "demo-enterprise3");
		confirm(first);
		confirm(second);

		closeAfterTheEnd(json);

		String closed = listing(id);
		assertThat((String) com.jayway.jsonpath.JsonPath.read(closed, "$.status")).isEqualTo("TENDERED");
		long tenderId = com.jayway.jsonpath.JsonPath.<Number>read(closed, "$.tenderId").longValue();
		Tender t = tenders.view(tenderId);
		assertThat(t.getKind()).isEqualTo(TenderKind.SELL);
		assertThat(t.getPriceLimit()).isEqualByComparingTo("500000.00");
		assertThat(t.getListingId()).isEqualTo(id);
		assertThat(t.getInvitees()).containsOnlyKeys(fx().user("demo-enterprise2").organisationId(),
				fx().user("demo-enterprise3").organisationId());
		assertThat(t.getInvitees().values()).containsExactlyInAnyOrder(first, second);
		// only the invited may bid, and not below the listing price
		MvcResult outsider = fx().postJson("/api/v1/tenders/" + tenderId + "/offers", "demo-enterprise", DEMO,
				"{\"price\":\"600000.00\",\"proposal\":\"受让后六个月内完成产线改造并投入试生产。\"}");
		assertThat(outsider.getResponse().getStatus()).isEqualTo(403);
		MvcResult low = fx().postJson("/api/v1/tenders/" + tenderId + "/offers", "demo-enterprise2", DEMO,
				"{\"price\":\"400000.00\",\"proposal\":\"受让后六个月内完成产线改造并投入试生产。\"}");
		assertThat(low.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(low)).contains("\"field\":\"price\"");
		MvcResult ok = fx().postJson("/api/v1/tenders/" + tenderId + "/offers", "demo-enterprise2", DEMO,
				"{\"price\":\"560000.00\",\"proposal\":\"受让后六个月内完成产线改造并投入试生产。\"}");
		assertThat(ok.getResponse().getStatus()).as(body(ok)).isEqualTo(201);
		assertThat(((Number) read(ok, "$.deposit.id")).longValue()).isEqualTo(first);
	}

	@Test
	void noQualifiedBuyerLeavesItUnsoldWithTheDepositsReleasedAndTheSellerMayRelistLower() throws Exception {
		String json = publish("AUCTION");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		long unpaid = register(id, "demo-enterprise2");

		closeAfterTheEnd(json);

		assertThat((String) com.jayway.jsonpath.JsonPath.read(listing(id), "$.status")).isEqualTo("UNSOLD");
		assertThat(deposits.find(unpaid).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		mvc.perform(get("/api/v1/listings/{id}/intents", id).with(httpBasic("demo-enterprise2", DEMO)))
			.andExpect(jsonPath("$[0].status").value("LAPSED"));
		assertThat(deals.findByOrigin(DealOrigin.LISTING, id)).isEmpty();
		// a deposit confirmed after the period no longer qualifies anything: the listing is closed
		MvcResult late = fx().postJson("/api/v1/listings/" + id + "/intents", "demo-enterprise3", DEMO, null);
		assertThat(late.getResponse().getStatus()).isEqualTo(409);

		long achievementId = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.achievementId").longValue();
		MvcResult higher = fx().postJson("/api/v1/listings/" + id + "/relist", "demo-institution", DEMO,
				listingJson(achievementId, "600000.00", "60000.00", 10, "AUCTION"));
		assertThat(higher.getResponse().getStatus()).isEqualTo(400);
		MvcResult stranger = fx().postJson("/api/v1/listings/" + id + "/relist", "demo-institution2", DEMO,
				listingJson(achievementId, "400000.00", "40000.00", 10, "AUCTION"));
		assertThat(stranger.getResponse().getStatus()).isEqualTo(404);
		MvcResult relisted = fx().postJson("/api/v1/listings/" + id + "/relist", "demo-institution", DEMO,
				listingJson(achievementId, "400000.00", "40000.00", 10, "AUCTION"));
		assertThat(relisted.getResponse().getStatus()).as(body(relisted)).isEqualTo(201);
		assertThat((String) read(relisted, "$.price")).isEqualTo("400000.00");
		assertThat(((Number) read(relisted, "$.relistOf")).longValue()).isEqualTo(id);
		assertThat(((Number) com.jayway.jsonpath.JsonPath.read(listing(id), "$.relistedAs")).longValue())
			.isEqualTo(id(relisted));
	}

	@Test
	void theCloseHappensOnceWhenTheJobRunsConcurrently() throws Exception {
		List<String> listingsJson = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String json = publish("AUCTION");
			long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
			confirm(register(id, "demo-enterprise3"));
			listingsJson.add(json);
		}
		Instant latest = listingsJson.stream().map(j -> Instant.parse(com.jayway.jsonpath.JsonPath.read(j, "$.endsAt")))
			.max(Instant::compareTo).orElseThrow();
		ListingFixtures.after(clock, latest);

		int workers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			Callable<Integer> run = () -> {
				start.await();
				return closer.closeDue();
			};
			runs.add(pool.submit(run));
		}
		start.countDown();
		int total = 0;
		for (Future<Integer> f : runs) {
			total += f.get();
		}
		pool.shutdown();

		assertThat(total).as("closes counted by all workers").isGreaterThanOrEqualTo(3);
		for (String json : listingsJson) {
			long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
			assertThat((String) com.jayway.jsonpath.JsonPath.read(listing(id), "$.status")).isEqualTo("SOLD");
			assertThat(fx().audits("listing.close", "listing", id)).as("listing " + id).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from deals where origin = 'LISTING' and origin_id = ?",
					Integer.class, id)).isEqualTo(1);
		}
	}

	@Test
	void onlyTheHoldersVerifiedMembersListAndOnlyOthersRegister() throws Exception {
		CurrentUser university = fx().user("demo-institution");
		long achievement = fx().freeAchievement(university);
		// another organisation cannot list it
		MvcResult notHolder = fx().postJson("/api/v1/listings", "demo-enterprise", DEMO,
				listingJson(achievement, "500000.00", "50000.00", 10, "AUCTION"));
		assertThat(notHolder.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(notHolder)).contains("achievementId");
		// field-level problems: deposit outside 5–20 %, period outside 10–60 working days
		MvcResult invalid = fx().postJson("/api/v1/listings", "demo-institution", DEMO,
				listingJson(achievement, "500000.00", "500.00", 3, "AUCTION"));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(invalid.getResponse().getContentType()).contains("application/problem+json");
		assertThat(body(invalid)).contains("\"field\":\"deposit\"").contains("\"field\":\"periodWorkingDays\"");

		String json = publish("AUCTION");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		// the seller's organisation may not register; a university is not among the admitted types
		assertThat(fx().postJson("/api/v1/listings/" + id + "/intents", "demo-institution", DEMO, null).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(fx().postJson("/api/v1/listings/" + id + "/intents", "demo-institution2", DEMO, null).getResponse()
			.getStatus()).isEqualTo(403);
		// another organisation cannot withdraw it
		assertThat(fx().postJson("/api/v1/listings/" + id + "/withdraw", "demo-enterprise", DEMO, null).getResponse()
			.getStatus()).isEqualTo(404);
		// registering twice returns the same intent
		register(id, "demo-enterprise");
		MvcResult again = fx().postJson("/api/v1/listings/" + id + "/intents", "demo-enterprise", DEMO, null);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		// with an intent registered the seller may no longer withdraw
		assertThat(fx().postJson("/api/v1/listings/" + id + "/withdraw", "demo-institution", DEMO, null).getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(fx().audits("listing.publish", "listing", id)).isEqualTo(1);
		assertThat(fx().audits("listing.intent.register", "listing", id)).isEqualTo(1);
	}

	@Test
	void demoDataHasAListingWithTwoBuyersAndATenderWithASealedOffer() {
		assertThat(jdbc.queryForObject("""
				select count(*) from listing_intents i
				 where i.listing_id = (select min(l.id) from listings l
				                        where l.achievement_title = '基于深度学习的纺织品瑕疵在线检测系统'
				                          and l.created_by = 'demo-institution')
				""", Integer.class)).as("the demo listing (other tests may list the same achievement again once it closes)")
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				select count(*) from tender_offers o join tenders t on t.id = o.tender_id
				 where t.title = '焊接机器人焊缝视觉跟踪系统委托开发'
				""", Integer.class)).isEqualTo(1);
	}

	@Test
	void publicPagesAndTheSellersForm() throws Exception {
		String json = publish("AUCTION");
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		// the title as pages write it, escaped: the fixture may pick another test's achievement with markup in its title
		String title = org.springframework.web.util.HtmlUtils
			.htmlEscape(com.jayway.jsonpath.JsonPath.<String>read(json, "$.achievementTitle"));
		mvc.perform(get("/listings")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString(title)));
		mvc.perform(get("/listings/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("listing-period")));
		CurrentUser buyer = fx().user("demo-enterprise");
		mvc.perform(get("/listings/{id}", id).with(user(buyer))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("register-intent")));
		mvc.perform(post("/listings/{id}/intents", id).with(user(buyer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/my/listings").with(user(buyer))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));

		CurrentUser seller = fx().user("demo-institution");
		mvc.perform(get("/my/listings/new").with(user(seller))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("listing-form")));
		// a form with a deposit outside the bounds comes back with the error next to the field
		mvc.perform(post("/my/listings").with(user(seller)).with(csrf())
				.param("achievementId", String.valueOf(fx().freeAchievement(seller)))
				.param("method", "TRANSFER").param("price", "100000").param("deposit", "1")
				.param("periodWorkingDays", "20").param("multipleBuyersRoute", "AUCTION")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("5000.00")));
		mvc.perform(get("/admin/listings").with(user(fx().user(ADMIN)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
		mvc.perform(get("/admin/listings").with(user(seller))).andExpect(status().isForbidden());
	}
}
