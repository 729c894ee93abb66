package org.opentechmarket.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Bid;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 50 threads × 20 bids on one auction through the API while the clock runs through the extension window: accepted bids
 * strictly increase by whole increments, sequence numbers have no gaps, every acknowledged (201) bid is in the log as
 * acknowledged, refused bids (including deliberately wrong ones) never extend, and every extension follows from the accepted
 * bids' times.
 */
@PlatformTest
class AuctionConcurrencyIT {

	static final int THREADS = 50;
	static final int BIDS_PER_THREAD = 20;

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService achievements;
	@Autowired
	AuctionService service;
	@Autowired
	UserAccounts users;

	record Ack(int sequence, String amount, String endsAt, String placedAt) {
	}

	@Test
	void fiftyThreadsTimesTwentyBidsKeepEveryRule() throws Exception {
		AuctionFixtures f = new AuctionFixtures(mvc, clock, achievements, service, users);
		Auction auction = f.announce(f.freshLot(), null);
		List<CurrentUser> bidders = new ArrayList<>();
		for (String name : AuctionFixtures.BIDDERS) {
			f.admit(auction, name);
			bidders.add(f.account(name));
		}
		// bidding starts a second before the 5-minute window: the first bids are outside it, the later ones in it
		f.to(auction.scheduledEndsAt().minus(auction.extensionWindow()).minusSeconds(1));
		BigDecimal increment = auction.increment();

		Map<Integer, Ack> acks = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger wrongOnPurpose = new AtomicInteger();
		List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean running = new AtomicBoolean(true);
		// the server's clock moves on while the bids arrive: 40 ms of auction time per 10 ms
		Thread ticker = new Thread(() -> {
			while (running.get()) {
				clock.advance(Duration.ofMillis(40));
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		ticker.start();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			CurrentUser bidder = bidders.get(t % bidders.size());
			boolean sloppy = t % 10 == 9; // every tenth thread sometimes bids off the increment grid
			work.add(pool.submit(() -> {
				go.await();
				BigDecimal known = auction.startPrice();
				// an off-grid FIRST bid is legal (any amount ≥ start), and would move every later grid: a thread bids off
				// the grid only once an answer told it there is a current price
				boolean informed = false;
				for (int i = 0; i < BIDS_PER_THREAD; i++) {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					BigDecimal amount = known.add(increment.multiply(BigDecimal.valueOf(random.nextInt(0, 3))));
					boolean wrong = sloppy && informed && random.nextBoolean();
					if (wrong) {
						amount = amount.add(new BigDecimal("0.50"));
						wrongOnPurpose.incrementAndGet();
					}
					MockHttpServletResponse r = mvc.perform(post("/api/v1/auctions/{id}/bids", auction.id())
							.with(user(bidder)).contentType(MediaType.APPLICATION_JSON)
							.content("{\"amount\":\"" + amount.toPlainString() + "\"}"))
						.andReturn().getResponse();
					String body = r.getContentAsString(StandardCharsets.UTF_8);
					if (r.getStatus() == 201) {
						Ack ack = new Ack(JsonPath.read(body, "$.sequence"), JsonPath.read(body, "$.amount"),
								JsonPath.read(body, "$.endsAt"), JsonPath.read(body, "$.placedAt"));
						if (acks.putIfAbsent(ack.sequence(), ack) != null) {
							unexpected.add("sequence acknowledged twice: " + ack.sequence());
						}
						known = new BigDecimal(ack.amount()).add(increment);
						informed = true;
					}
					else if (r.getStatus() == 409 || r.getStatus() == 422) {
						refused.incrementAndGet();
						String reason = JsonPath.read(body, "$.reason");
						if (wrong ? !reason.equals("WRONG_STEP") && !reason.equals("TOO_LOW") : !reason.equals("TOO_LOW")) {
							unexpected.add(r.getStatus() + " " + reason + " for " + amount);
						}
						String minimum = JsonPath.read(body, "$.minimumBid");
						known = new BigDecimal(minimum);
						informed = informed || reason.equals("TOO_LOW") || reason.equals("WRONG_STEP");
					}
					else {
						unexpected.add(r.getStatus() + " " + body);
					}
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> w : work) {
			w.get(5, TimeUnit.MINUTES);
		}
		running.set(false);
		ticker.join();
		pool.shutdown();

		assertThat(unexpected).isEmpty();
		assertThat(acks.size() + refused.get()).isEqualTo(THREADS * BIDS_PER_THREAD);
		assertThat(acks).isNotEmpty();
		assertThat(wrongOnPurpose.get()).isPositive();

		Auction after = service.view(auction.id());
		List<Bid> log = service.log(auction.id());
		// gapless, and exactly the acknowledged bids
		assertThat(log).extracting(Bid::sequence)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, log.size()).boxed().toList());
		assertThat(log).hasSize(acks.size());
		assertThat(after.bidCount()).isEqualTo(log.size());
		for (Bid b : log) {
			Ack ack = acks.get(b.sequence());
			assertThat(ack).as("bid %d acknowledged", b.sequence()).isNotNull();
			assertThat(ack.amount()).isEqualTo(b.amount().toPlainString());
			assertThat(ack.endsAt()).isEqualTo(Times.iso(b.endsAtAfter()));
			assertThat(ack.placedAt()).isEqualTo(Times.iso(b.placedAt()));
		}
		// strictly increasing by whole increments; the first at the start price
		assertThat(log.get(0).amount()).isGreaterThanOrEqualTo(auction.startPrice());
		for (int i = 1; i < log.size(); i++) {
			BigDecimal step = log.get(i).amount().subtract(log.get(i - 1).amount());
			assertThat(step).isPositive();
			assertThat(step.remainder(increment)).isZero();
			assertThat(log.get(i).placedAt()).isAfterOrEqualTo(log.get(i - 1).placedAt());
		}
		// the extensions follow from the accepted bids' times alone
		Instant end = auction.scheduledEndsAt();
		int extensions = 0;
		for (Bid b : log) {
			assertThat(b.placedAt()).as("bid %d before the end in force", b.sequence()).isBefore(end);
			if (!b.placedAt().isBefore(end.minus(auction.extensionWindow()))) {
				Instant moved = b.placedAt().plus(auction.extension());
				if (moved.isAfter(end)) {
					end = moved;
					extensions++;
				}
			}
			assertThat(b.endsAtAfter()).isEqualTo(end);
		}
		assertThat(after.endsAt()).isEqualTo(end);
		assertThat(after.extensions()).isEqualTo(extensions);
		assertThat(extensions).isPositive();
		assertThat(after.currentPrice()).isEqualByComparingTo(log.get(log.size() - 1).amount());
		assertThat(service.verify(auction.id()).valid()).isTrue();
	}
}
