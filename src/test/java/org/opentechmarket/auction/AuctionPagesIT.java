package org.opentechmarket.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.BidService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The auction pages (Chinese, signed in and anonymous), the admin's deposit queue, and the live event stream over real HTTP. */
@PlatformTest
class AuctionPagesIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService achievements;
	@Autowired
	AuctionService service;
	@Autowired
	BidService bids;
	@Autowired
	UserAccounts users;
	@Autowired
	Inbox inbox;
	@Autowired
	org.opentechmarket.auction.domain.AuctionCloser closer;
	@Autowired
	JdbcTemplate jdbc;
	@LocalServerPort
	int port;

	AuctionFixtures fixtures() {
		return new AuctionFixtures(mvc, clock, achievements, service, users);
	}

	@Test
	void theSellerAnnouncesThroughTheFormWithFieldErrorsFirst() throws Exception {
		AuctionFixtures f = fixtures();
		long lot = f.freshLot();
		CurrentUser seller = f.account(AuctionFixtures.SELLER);
		mvc.perform(get("/my/auctions/new").param("achievementId", String.valueOf(lot)).with(user(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布拍卖公告")));
		LocalDateTime soon = LocalDateTime.ofInstant(clock.instant(), clock.getZone()).plusDays(1).withNano(0);
		mvc.perform(post("/my/auctions").with(user(seller)).with(csrf()).param("achievementId", String.valueOf(lot))
				.param("method", "TRANSFER").param("startPrice", "200000").param("increment", "abc").param("deposit", "100")
				.param("startsAt", soon.toString()).param("endsAt", soon.plusHours(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "increment", "auction.amount.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "deposit", "auction.deposit.share"))
			.andExpect(model().attributeHasFieldErrorCode("form", "startsAt", "auction.startsAt.notice"))
			.andExpect(model().attributeHasFieldErrorCode("form", "endsAt", "auction.endsAt.duration"))
			.andExpect(content().string(containsString("保证金应在 10000.00 至 40000.00 元之间")));
		LocalDateTime start = soon.plusDays(8);
		mvc.perform(post("/my/auctions").with(user(seller)).with(csrf()).param("achievementId", String.valueOf(lot))
				.param("method", "LICENSE").param("licenceMode", "SOLE").param("term", "3年").param("startPrice", "200000")
				.param("increment", "5000").param("deposit", "").param("startsAt", start.toString())
				.param("endsAt", start.plusDays(2).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/auctions/*"))
			.andExpect(flash().attribute("notice", "auction.announced"));
		mvc.perform(get("/my/auctions").with(user(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公告中")));
	}

	@Test
	void biddersRegisterTheAdministratorConfirmsAndTheyBidThroughThePage() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		CurrentUser bidder = f.account("demo-enterprise");
		// anonymous visitors read the announcement and are asked to sign in
		mvc.perform(get("/auctions/{id}", auction.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拍卖公告")))
			.andExpect(content().string(containsString("登录后报名竞买")));
		mvc.perform(get("/auctions")).andExpect(status().isOk())
			.andExpect(content().string(containsString(auction.achievementTitle())));
		mvc.perform(post("/auctions/{id}/registrations", auction.id()).with(user(bidder)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("请阅读并接受竞买规则")));
		mvc.perform(post("/auctions/{id}/registrations", auction.id()).param("acceptRules", "true").with(user(bidder))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "auction.registered"));
		Registration r = service.registrationOf(bidder, auction.id()).orElseThrow();
		mvc.perform(get("/auctions/{id}", auction.id()).with(user(bidder)))
			.andExpect(content().string(containsString(r.bidderNumber())))
			.andExpect(content().string(containsString("待平台确认到账")));
		// the administrator's queue
		CurrentUser admin = f.account("admin");
		mvc.perform(get("/admin/auctions").with(user(bidder))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/auctions").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registration-" + r.id())));
		mvc.perform(post("/admin/auctions/{a}/registrations/{r}/deposit-confirmation", auction.id(), r.id())
				.param("bankReference", "CCB-778812").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "auction.deposit.confirmed"));
		assertThat(inbox.unread(bidder.id())).isPositive();
		f.toStart(auction);
		f.formBid(bidder, auction.id(), "100000");
		// the live page's fetch: JSON answers on the page's own address (session and CSRF)
		mvc.perform(post("/auctions/{id}/bids", auction.id()).param("amount", "100500").with(user(bidder)).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("WRONG_STEP"));
		mvc.perform(post("/auctions/{id}/bids", auction.id()).param("amount", "102000").with(user(bidder)).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sequence").value(2));
		// without a CSRF token the page refuses
		mvc.perform(post("/auctions/{id}/bids", auction.id()).param("amount", "103000").with(user(bidder))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
		mvc.perform(get("/auctions/{id}/bids", auction.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("102000.00")))
			.andExpect(content().string(containsString("sha256sum")));
		mvc.perform(get("/my/auctions").with(user(bidder)))
			.andExpect(content().string(containsString(r.bidderNumber())));
	}

	@Test
	void watchersGetTheStateAtOnceThenEveryBidExtensionAndTheCloseWithTheServerTime() throws Exception {
		AuctionFixtures f = fixtures();
		Auction auction = f.announce(f.freshLot(), null);
		Registration a = f.admit(auction, "demo-enterprise");
		Registration b = f.admit(auction, "demo-enterprise2");
		f.toStart(auction);
		bids.place(f.account("demo-enterprise"), auction.id(), "100000");
		HttpClient http = HttpClient.newHttpClient();
		BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
		HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/auctions/" + auction.id() + "/events"))
			.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		Thread reader = new Thread(() -> read(stream, events), "sse-test-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			String[] first = next(events, "state");
			assertThat(JsonPath.<Boolean>read(first[1], "$.reset")).isTrue();
			assertThat(JsonPath.<String>read(first[1], "$.currentPrice")).isEqualTo("100000.00");
			assertThat(JsonPath.<String>read(first[1], "$.serverTime")).isEqualTo(Times.iso(clock.instant()));
			assertThat(JsonPath.<List<Object>>read(first[1], "$.bids")).hasSize(1);
			// a bid: the price, the bidder's anonymous number, never its organisation
			bids.place(f.account("demo-enterprise2"), auction.id(), "101000");
			String[] update = next(events, "state");
			assertThat(JsonPath.<String>read(update[1], "$.currentPrice")).isEqualTo("101000.00");
			assertThat(JsonPath.<String>read(update[1], "$.bids[0].bidder")).isEqualTo(b.bidderNumber());
			assertThat(JsonPath.<Integer>read(update[1], "$.bids[0].sequence")).isEqualTo(2);
			assertThat(update[1]).doesNotContain(b.organisationName()).doesNotContain("reserve\"");
			// an extension
			Instant late = auction.scheduledEndsAt().minusSeconds(30);
			f.to(late);
			bids.place(f.account("demo-enterprise"), auction.id(), "105000");
			String[] extended = next(events, "state");
			assertThat(JsonPath.<String>read(extended[1], "$.endsAt")).isEqualTo(Times.iso(late.plus(Duration.ofMinutes(5))));
			assertThat(JsonPath.<String>read(extended[1], "$.extendedFrom")).isEqualTo(Times.iso(auction.scheduledEndsAt()));
			assertThat(JsonPath.<String>read(extended[1], "$.leader")).isEqualTo(a.bidderNumber());
			// the close
			f.to(late.plus(Duration.ofMinutes(5)));
			closer.closeDue();
			String[] closed = next(events, "state");
			assertThat(JsonPath.<String>read(closed[1], "$.status")).isEqualTo("SOLD");
			assertThat(JsonPath.<String>read(closed[1], "$.winner")).isEqualTo(a.bidderNumber());
		}
		finally {
			stream.body().close();
		}
	}

	static void read(HttpResponse<java.io.InputStream> response, BlockingQueue<String[]> events) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String name = "message";
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isEmpty()) {
					if (data.length() > 0) {
						events.add(new String[] { name, data.toString() });
					}
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
		}
		catch (java.io.IOException e) {
			// the test closed the stream
		}
	}

	static String[] next(BlockingQueue<String[]> events, String name) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		List<String> skipped = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			String[] e = events.poll(200, TimeUnit.MILLISECONDS);
			if (e == null) {
				continue;
			}
			if (e[0].equals(name)) {
				return e;
			}
			skipped.add(e[0]);
		}
		throw new AssertionError("no '" + name + "' event within 15 s (got " + skipped + ")");
	}
}
