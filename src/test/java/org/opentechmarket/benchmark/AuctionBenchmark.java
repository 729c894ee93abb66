package org.opentechmarket.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.auction.domain.BidChain;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Harness, not a test: a hot auction over HTTP on loopback. The application starts on a random port with a fresh, durable
 * (fsync on) embedded PostgreSQL and the demo data; 200 bidder organisations sign up and are verified, register and have
 * their deposits confirmed. Then:
 * <ol>
 * <li><b>Throughput</b>: 200 bidders, each on its own kept-alive connection ({@link LoopbackHttp}) with HTTP Basic, after
 * each has signed in once (see {@link #signIn}) and a 15-second warm-up. First <i>saturated</i>: every bidder bids again as
 * soon as its answer came (a closed loop, so latency is the queue of 200 bidders: concurrency ÷ throughput). Then
 * <i>paced</i> at each rate of {@code otm.bench.rates} (bids/s offered in all, default 1000,1500,2000): every bidder on its
 * own fixed schedule, latency counted from when a bid was due. A bid's amount grows with the time it is sent (one increment
 * per microsecond since the phase began), and is above the last price the bidder saw: like bidders who raise as the auction
 * heats up. Bids overtaken on the way (a later, higher bid decided first) are refused as too low. Each phase lasts
 * {@code otm.bench.seconds} (default 30) and prints accepted and refused bids per second, latency percentiles, slow bids
 * per second and the bid desk's batches (count, mean, how many took longer than 5 ms … 1 s).</li>
 * <li><b>In process</b>: the same bidding straight into the bid service (no HTTP, no sign-in), for the auction core's
 * own capacity.</li>
 * <li><b>Fan-out</b>: 2,000 anonymous watchers hold the live event stream open; 60 bids are placed one every 250 ms and the
 * time from sending each bid to its arrival at every watcher is recorded. Prints p50/p99/max and missed deliveries.</li>
 * </ol>
 *
 * <pre>./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=AuctionBenchmark [-Dotm.bench.seconds=30]
 *     [-Dotm.bench.rates=1000,1500,2000]</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "otm.demo=on", "otm.scheduling.enabled=false", "otm.admin.password=bench-admin-password",
				"otm.trading.auction.minimum-notice=PT0S", "logging.level.org.opentechmarket=warn",
				"server.tomcat.threads.max=250" })
@AutoConfigureMockMvc
class AuctionBenchmark {

	static final int BIDDERS = 200;
	static final int WATCHERS = 2000;
	static final String PASSWORD = "bench-password-1";

	@DynamicPropertySource
	static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("otm-bench-auction");
		registry.add("otm.data-dir", dir::toString);
	}

	@LocalServerPort
	int port;
	@Autowired
	MockMvc mvc;
	@Autowired
	AuctionService auctions;
	@Autowired
	UserAccounts users;
	@Autowired
	Achievements achievements;
	@Autowired
	org.opentechmarket.auction.domain.BidService bidService;

	@Test
	void hotAuction() throws Exception {
		int seconds = Integer.getInteger("otm.bench.seconds", 30);
		String base = "http://localhost:" + port;
		long prepareStart = System.nanoTime();
		List<CurrentUser> bidders = signUpBidders();
		Auction auction = announce();
		CurrentUser admin = users.loadUser("admin").orElseThrow();
		for (CurrentUser b : bidders) {
			Registration r = auctions.register(b, auction.id(), true);
			auctions.confirmDeposit(admin, auction.id(), r.id(), "BENCH-" + r.id());
		}
		System.out.printf("prepared %d bidders in %.1f s%n", bidders.size(), (System.nanoTime() - prepareStart) / 1e9);

		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		URI bidUri = URI.create(base + "/api/v1/auctions/" + auction.id() + "/bids");
		signIn(client, base, bidders);
		run(bidUri, bidders, auction.increment(), 15, 0, "warm-up");
		reportDesk();
		Result result = run(bidUri, bidders, auction.increment(), seconds, 0, "saturated");
		report("SATURATED (as fast as answers come)", result, seconds);
		for (String rate : System.getProperty("otm.bench.rates", "1000,1500,2000").split(",")) {
			double offered = Double.parseDouble(rate.trim());
			Result paced = run(bidUri, bidders, auction.increment(), seconds, offered, "paced " + rate);
			report("PACED (" + rate.trim() + " bids/s offered)", paced, seconds);
		}
		BidChain.Verification v = auctions.verify(auction.id());
		System.out.printf("log: %d bids, chain valid %s%n", v.bids(), v.valid());

		Result core = inProcess(bidders, auction, seconds);
		System.out.printf("%nIN-PROCESS (BidService, no HTTP) %d bidders, %d s: %d accepted (%.0f/s), %d refused (%.0f/s); "
				+ "latency all p50 %.1f ms p99 %.1f ms%n", BIDDERS, seconds, core.accepted, core.accepted / (double) seconds,
				core.refused, core.refused / (double) seconds, pct(core.all, 50), pct(core.all, 99));

		fanOut(base, client, auction, bidders.get(0));
	}

	// ------------------------------------------------------------------ throughput

	/**
	 * Each bidder signs in once (GET /api/v1/me) before bidding: the first call of a user pays a full BCrypt check (tens of
	 * milliseconds of CPU); later ones hit the platform's sign-in memories with their default settings (a verified password
	 * for about a minute, the user for about five seconds, each expiring at its own moment), so the phases include the
	 * re-checks a real client causes.
	 */
	void signIn(HttpClient client, String base, List<CurrentUser> bidders) throws Exception {
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
		for (CurrentUser b : bidders) {
			String auth = "Basic " + Base64.getEncoder().encodeToString((b.getUsername() + ":" + PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
			calls.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
				.header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
		}
		for (java.util.concurrent.Future<Integer> c : calls) {
			if (c.get() != 200) {
				throw new IllegalStateException("sign-in failed: " + c.get());
			}
		}
		pool.shutdown();
		System.out.printf("%d bidders signed in once in %.1f s%n", bidders.size(), (System.nanoTime() - started) / 1e9);
	}

	static final class Result {
		long accepted;
		long refused;
		long errors;
		double[] all;
		double[] acceptedMs;
	}

	/** The bidders' common clock: a bid's amount grows with the time it is sent (see {@link #run}). */
	static volatile long origin;
	static volatile BigDecimal base;

	private static final Pattern AMOUNT = Pattern.compile("\"amount\":\"([0-9.]+)\"");
	private static final Pattern MINIMUM = Pattern.compile("\"minimumBid\":\"([0-9.]+)\"");

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;
	private io.micrometer.core.instrument.distribution.HistogramSnapshot lastDesk;

	/** The desk's batches since the last call: how many, their mean, and how many took longer than each bound. */
	void reportDesk() {
		io.micrometer.core.instrument.Timer timer = meters.find("otm.auction.desk.batch").timer();
		if (timer == null) {
			return;
		}
		io.micrometer.core.instrument.distribution.HistogramSnapshot now = timer.takeSnapshot();
		long count = now.count() - (lastDesk == null ? 0 : lastDesk.count());
		double total = now.total(TimeUnit.MILLISECONDS) - (lastDesk == null ? 0 : lastDesk.total(TimeUnit.MILLISECONDS));
		StringBuilder over = new StringBuilder();
		io.micrometer.core.instrument.distribution.CountAtBucket[] buckets = now.histogramCounts();
		for (int i = 0; i < buckets.length; i++) {
			double before = lastDesk == null ? 0 : lastDesk.histogramCounts()[i].count();
			long slower = count - (long) (buckets[i].count() - before);
			over.append(String.format(" >%.0fms:%d", buckets[i].bucket(TimeUnit.MILLISECONDS), slower));
		}
		System.out.printf("desk: %d batches, mean %.2f ms, %.1f bids per batch (since start);%s%n", count, count == 0 ? 0 : total / count,
				meters.find("otm.auction.desk.batch.size").summary() == null ? 0
						: meters.find("otm.auction.desk.batch.size").summary().mean(), over);
		lastDesk = now;
	}

	void report(String what, Result result, int seconds) {
		reportDesk();
		System.out.printf("%nTHROUGHPUT %s, %d bidders, %d s: %d accepted (%.0f/s), %d refused (%.0f/s), %d errors (decided "
				+ "%.0f/s); latency all p50 %.1f ms p99 %.1f ms max %.1f ms; accepted p50 %.1f ms p99 %.1f ms%n", what, BIDDERS,
				seconds, result.accepted, result.accepted / (double) seconds, result.refused, result.refused / (double) seconds,
				result.errors, (result.accepted + result.refused) / (double) seconds, pct(result.all, 50), pct(result.all, 99),
				pct(result.all, 100), pct(result.acceptedMs, 50), pct(result.acceptedMs, 99));
	}

	/**
	 * @param rate 0: every bidder bids again as soon as its answer came (a closed loop: the latency is then the queue of
	 *        200 bidders in front of the server, concurrency ÷ throughput); otherwise bids/s offered in all, each bidder on
	 *        its own fixed schedule (an open loop). A paced bid's latency counts from when it was due, not from when it
	 *        was sent, so a bidder still waiting for its previous answer cannot hide a slow server (no coordinated
	 *        omission).
	 */
	Result run(URI uri, List<CurrentUser> bidders, BigDecimal increment, int seconds, double rate, String label)
			throws InterruptedException {
		AtomicLong accepted = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		List<double[]> perThread = new ArrayList<>();
		List<double[]> acceptedPerThread = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(bidders.size());
		CountDownLatch done = new CountDownLatch(bidders.size());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		base = auctions.view(Long.parseLong(uri.getPath().split("/")[4])).minimumBid();
		origin = System.nanoTime();
		double[][] samples = new double[bidders.size()][];
		double[][] acceptedSamples = new double[bidders.size()][];
		int[] sampleCounts = new int[bidders.size()];
		int[] acceptedCounts = new int[bidders.size()];
		// bids slower than 100 ms, by the second of the phase in which they were sent: shows whether slow answers come in bursts
		java.util.concurrent.atomic.AtomicIntegerArray slowBySecond = new java.util.concurrent.atomic.AtomicIntegerArray(seconds + 2);
		for (int i = 0; i < bidders.size(); i++) {
			int index = i;
			String auth = "Basic " + Base64.getEncoder().encodeToString((bidders.get(i).getUsername() + ":" + PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
			pool.execute(() -> {
				LoopbackHttp http = new LoopbackHttp(uri.getHost(), uri.getPort());
				double[] mine = new double[200_000];
				double[] mineAccepted = new double[200_000];
				int n = 0;
				int a = 0;
				BigDecimal known = BigDecimal.ZERO;
				try {
					long period = rate > 0 ? (long) (1e9 * bidders.size() / rate) : 0;
					long due = origin + (rate > 0 ? period * index / bidders.size() : 0);
					while (System.nanoTime() < deadline) {
						if (rate > 0) {
							for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
								java.util.concurrent.locks.LockSupport.parkNanos(wait);
							}
						}
						// above what this bidder last saw, and growing with the send time: one increment per microsecond, so
						// bids sent later bid more (as bidders in a hot auction do) and most of them are valid when decided
						BigDecimal byTime = base.add(increment.multiply(BigDecimal.valueOf((System.nanoTime() - origin) / 1000)));
						BigDecimal amount = byTime.max(known.add(increment));
						String json = "{\"amount\":\"" + amount.toPlainString() + "\"}";
						long started = rate > 0 ? due : System.nanoTime();
						due += period;
						LoopbackHttp.Response response;
						try {
							response = http.post(uri.getPath(), auth, json);
						}
						catch (IOException e) {
							errors.incrementAndGet();
							continue;
						}
						double ms = (System.nanoTime() - started) / 1e6;
						if (ms > 100) {
							slowBySecond.incrementAndGet((int) Math.min(seconds + 1, Math.max(0, (started - origin) / 1_000_000_000L)));
						}
						if (n < mine.length) {
							mine[n++] = ms;
						}
						if (response.status() == 201) {
							accepted.incrementAndGet();
							if (a < mineAccepted.length) {
								mineAccepted[a++] = ms;
							}
							Matcher m = AMOUNT.matcher(response.body());
							if (m.find()) {
								known = new BigDecimal(m.group(1));
							}
						}
						else if (response.status() == 409 || response.status() == 422) {
							refused.incrementAndGet();
							Matcher m = MINIMUM.matcher(response.body());
							if (m.find()) {
								known = new BigDecimal(m.group(1)).subtract(increment);
							}
						}
						else {
							errors.incrementAndGet();
						}
					}
				}
				finally {
					http.close();
					samples[index] = mine;
					acceptedSamples[index] = mineAccepted;
					sampleCounts[index] = n;
					acceptedCounts[index] = a;
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		Result r = new Result();
		r.accepted = accepted.get();
		r.refused = refused.get();
		r.errors = errors.get();
		r.all = concat(samples, sampleCounts);
		r.acceptedMs = concat(acceptedSamples, acceptedCounts);
		StringBuilder slow = new StringBuilder();
		for (int i = 0; i < slowBySecond.length(); i++) {
			slow.append(' ').append(slowBySecond.get(i));
		}
		System.out.printf("%s: bids over 100 ms by second sent:%s%n", label, slow);
		System.out.printf("%s: %d accepted, %d refused, %d errors in %d s%n", label, r.accepted, r.refused, r.errors, seconds);
		return r;
	}

	/** The same bidding straight into the bid service: what the auction core does without HTTP and sign-in. */
	Result inProcess(List<CurrentUser> bidders, Auction auction, int seconds) throws InterruptedException {
		AtomicLong accepted = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		double[][] samples = new double[bidders.size()][];
		int[] counts = new int[bidders.size()];
		base = auctions.view(auction.id()).minimumBid();
		origin = System.nanoTime();
		long deadline = origin + TimeUnit.SECONDS.toNanos(seconds);
		CountDownLatch done = new CountDownLatch(bidders.size());
		for (int i = 0; i < bidders.size(); i++) {
			int index = i;
			CurrentUser bidder = bidders.get(i);
			Thread t = new Thread(() -> {
				double[] mine = new double[1_000_000];
				int n = 0;
				BigDecimal known = BigDecimal.ZERO;
				while (System.nanoTime() < deadline) {
					BigDecimal amount = base.add(auction.increment().multiply(BigDecimal.valueOf((System.nanoTime() - origin) / 1000)))
						.max(known.add(auction.increment()));
					long started = System.nanoTime();
					try {
						known = bidService.place(bidder, auction.id(), amount.toPlainString()).bid().amount();
						accepted.incrementAndGet();
					}
					catch (org.opentechmarket.auction.domain.BidService.BidRefused e) {
						known = e.minimumBid().subtract(auction.increment());
						refused.incrementAndGet();
					}
					if (n < mine.length) {
						mine[n++] = (System.nanoTime() - started) / 1e6;
					}
				}
				samples[index] = mine;
				counts[index] = n;
				done.countDown();
			});
			t.start();
		}
		done.await();
		Result r = new Result();
		r.accepted = accepted.get();
		r.refused = refused.get();
		r.all = concat(samples, counts);
		return r;
	}

	// ------------------------------------------------------------------ fan-out

	void fanOut(String base, HttpClient bidClient, Auction auction, CurrentUser bidder) throws Exception {
		HttpClient watchersClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
		AtomicInteger connected = new AtomicInteger();
		URI events = URI.create(base + "/auctions/" + auction.id() + "/events");
		List<Watcher> watchers = new ArrayList<>();
		long connectStart = System.nanoTime();
		for (int i = 0; i < WATCHERS; i++) {
			Watcher w = new Watcher(connected);
			watchers.add(w);
			watchersClient.sendAsync(HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
					HttpResponse.BodyHandlers.fromLineSubscriber(w));
			if (i % 100 == 99) {
				while (connected.get() < i - 50) {
					Thread.sleep(10);
				}
			}
		}
		while (connected.get() < WATCHERS && System.nanoTime() - connectStart < TimeUnit.SECONDS.toNanos(120)) {
			Thread.sleep(50);
		}
		System.out.printf("%nFAN-OUT: %d watchers connected in %.1f s%n", connected.get(),
				(System.nanoTime() - connectStart) / 1e9);
		String auth = "Basic " + Base64.getEncoder().encodeToString((bidder.getUsername() + ":" + PASSWORD)
			.getBytes(StandardCharsets.UTF_8));
		URI bidUri = URI.create(base + "/api/v1/auctions/" + auction.id() + "/bids");
		Auction now = auctions.view(auction.id());
		BigDecimal next = now.minimumBid();
		int sequence = now.bidCount();
		int bids = 60;
		for (int i = 0; i < bids; i++) {
			long started = System.nanoTime();
			// noted before sending: a watcher may well get the event before the bidder gets its answer
			sentAt.put(++sequence, started);
			HttpResponse<String> r = bidClient.send(HttpRequest.newBuilder(bidUri).header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"" + next.toPlainString() + "\"}")).build(),
					HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 201) {
				throw new IllegalStateException("fan-out bid refused: " + r.body());
			}
			Matcher seq = Pattern.compile("\"sequence\":([0-9]+)").matcher(r.body());
			if (!seq.find() || Integer.parseInt(seq.group(1)) != sequence) {
				throw new IllegalStateException("another bid came in between: " + r.body());
			}
			next = next.add(auction.increment());
			Thread.sleep(250);
		}
		// wait until every watcher has the last bid (or a minute has passed)
		int last = sequence;
		long waitStart = System.nanoTime();
		while (watchers.stream().anyMatch(w -> !w.arrivals.containsKey(last))
				&& System.nanoTime() - waitStart < TimeUnit.SECONDS.toNanos(60)) {
			Thread.sleep(100);
		}
		List<Double> all = new ArrayList<>();
		long missing = 0;
		for (Watcher w : watchers) {
			w.cancel();
			if (w.first) {
				continue; // never connected
			}
			for (Map.Entry<Integer, Long> sent : sentAt.entrySet()) {
				Long arrived = w.arrivals.get(sent.getKey());
				if (arrived == null) {
					missing++;
				}
				else {
					all.add((arrived - sent.getValue()) / 1e6);
				}
			}
		}
		double[] values = all.stream().mapToDouble(Double::doubleValue).toArray();
		System.out.printf("FAN-OUT %d connected watchers x %d bids: %d deliveries, %d missing; send-to-arrival p50 %.1f ms "
				+ "p99 %.1f ms max %.1f ms%n", connected.get(), bids, values.length, missing, pct(values, 50), pct(values, 99),
				pct(values, 100));
	}

	/**
	 * One watcher's stream: notes when each bid sequence arrives. Events carry the last sequence they include as their id; a
	 * batched event (several bids) counts as the arrival of each of them.
	 */
	static final class Watcher implements Flow.Subscriber<String> {
		final AtomicInteger connected;
		final Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
		boolean first = true;
		int lastId = -1;
		int seen = -1;
		String event;
		Flow.Subscription subscription;

		Watcher(AtomicInteger connected) {
			this.connected = connected;
		}

		@Override
		public void onSubscribe(Flow.Subscription s) {
			subscription = s;
			s.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (line.startsWith("event:")) {
				event = line.substring(6).trim();
			}
			else if (line.startsWith("id:")) {
				lastId = Integer.parseInt(line.substring(3).trim());
			}
			else if (line.isEmpty() && "state".equals(event)) {
				if (first) {
					first = false;
					seen = lastId;
					connected.incrementAndGet();
				}
				else {
					for (int s = seen + 1; s <= lastId; s++) {
						arrivals.putIfAbsent(s, now);
					}
					seen = Math.max(seen, lastId);
				}
				event = null;
			}
		}

		void cancel() {
			if (subscription != null) {
				subscription.cancel();
			}
		}

		@Override
		public void onError(Throwable t) {
		}

		@Override
		public void onComplete() {
		}
	}

	// ------------------------------------------------------------------ preparation

	List<CurrentUser> signUpBidders() throws Exception {
		CurrentUser admin = users.loadUser("admin").orElseThrow();
		List<CurrentUser> result = new ArrayList<>();
		String run = Long.toString(System.currentTimeMillis() % 100000, 36);
		for (int i = 0; i < BIDDERS; i++) {
			String username = "bench-" + run + "-" + i;
			mvc.perform(post("/signup").param("organisationName", "竞价压测企业" + run + "-" + i).param("creditCode", creditCode(i))
				.param("organisationType", "ENTERPRISE").param("regionCode", "330102").param("username", username)
				.param("password", PASSWORD).param("displayName", "压测竞买人" + i).with(csrf()));
			CurrentUser created = users.loadUser(username).orElseThrow();
			mvc.perform(post("/admin/organisations/{id}/verify", created.organisationId()).with(user(admin)).with(csrf()));
			result.add(users.loadUser(username).orElseThrow());
		}
		return result;
	}

	Auction announce() {
		CurrentUser seller = users.loadUser("demo-institution").orElseThrow();
		AchievementSummary lot = achievements.recentPublished(List.of(), List.of(), List.of(), 200).stream()
			.filter(a -> a.holderOrganisationId() == seller.organisationId())
			.filter(a -> auctions.publicList(500).stream().noneMatch(x -> x.achievementId() == a.id()))
			.findFirst().orElseThrow();
		Instant now = Instant.now();
		return auctions.announce(seller, new AuctionTerms(lot.id(), seller.organisationId(), TradeTerms.transfer(), "1000.00",
				"1.00", null, null, now, now.plus(Duration.ofDays(1))));
	}

	static String creditCode(int i) {
		StringBuilder body = new StringBuilder("91330102");
		ThreadLocalRandom r = ThreadLocalRandom.current();
		for (int k = 0; k < 9; k++) {
			body.append(r.nextInt(10));
		}
		return CreditCode.complete(body.toString());
	}

	static double[] concat(double[][] parts, int[] counts) {
		int total = 0;
		for (int c : counts) {
			total += c;
		}
		double[] all = new double[total];
		int at = 0;
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] != null) {
				System.arraycopy(parts[i], 0, all, at, counts[i]);
				at += counts[i];
			}
		}
		return all;
	}

	static double pct(double[] values, int p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}
}
