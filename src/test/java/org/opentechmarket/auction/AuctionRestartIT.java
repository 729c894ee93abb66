package org.opentechmarket.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionCloser;
import org.opentechmarket.auction.domain.AuctionProperties;
import org.opentechmarket.auction.domain.AuctionRecords;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionUpdates;
import org.opentechmarket.auction.domain.Bid;
import org.opentechmarket.auction.domain.BidDesk;
import org.opentechmarket.auction.domain.BidLog;
import org.opentechmarket.auction.domain.BidService;
import org.opentechmarket.auction.domain.BidderRegistrations;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.Deposits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * Two instances on one database, one of which crashes, and a restart in the middle of an auction. Instance A is this
 * application (bids over HTTP); instance B is a second bid desk and a second closing service built by hand on the same
 * database — what another JVM would run. B's commits fail part of the time (the process dies between deciding bids and
 * committing them); afterwards B is thrown away with whatever it had in memory and fresh closers (the restarted instance)
 * race the first one. Nothing acknowledged may be lost, nothing unacknowledged may appear, and the auction closes once.
 */
@PlatformTest
class AuctionRestartIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService achievements;
	@Autowired
	AuctionService service;
	@Autowired
	AuctionCloser closerA;
	@Autowired
	UserAccounts users;
	@Autowired
	AuctionRecords auctions;
	@Autowired
	BidderRegistrations registrations;
	@Autowired
	BidLog bidLog;
	@Autowired
	AuctionProperties rules;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	Deposits deposits;
	@Autowired
	Inbox inbox;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcTemplate jdbc;

	/** A transaction manager whose commits can be made to fail: the process "dies" before the commit reaches the disk. */
	static final class CrashingTransactions implements PlatformTransactionManager {
		final PlatformTransactionManager delegate;
		volatile boolean crash;

		CrashingTransactions(PlatformTransactionManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return delegate.getTransaction(definition);
		}

		@Override
		public void commit(TransactionStatus status) {
			if (crash) {
				delegate.rollback(status);
				throw new TransactionSystemException("simulated crash before the commit");
			}
			delegate.commit(status);
		}

		@Override
		public void rollback(TransactionStatus status) {
			delegate.rollback(status);
		}
	}

	@SuppressWarnings("unchecked")
	static ObjectProvider<AuctionUpdates> none() {
		return new StaticListableBeanFactory().getBeanProvider(AuctionUpdates.class);
	}

	@Test
	void nothingAcknowledgedIsLostAndTheAuctionClosesOnceAfterACrashAndARestart() throws Exception {
		AuctionFixtures f = new AuctionFixtures(mvc, clock, achievements, service, users);
		Auction auction = f.announce(f.freshLot(), null);
		List<Registration> admitted = new ArrayList<>();
		for (String name : List.of("demo-enterprise", "demo-enterprise2", "demo-enterprise3", "demo-institution2")) {
			admitted.add(f.admit(auction, name));
		}
		f.toStart(auction);

		// instance B: its own desk and bid service on the same database, with commits that may fail
		CrashingTransactions crashing = new CrashingTransactions(transactions);
		BidDesk deskB = new BidDesk(auctions, registrations, bidLog, clock, crashing, none(), rules);
		BidService bidsB = new BidService(auctions, registrations, deskB);

		Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
		List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<?>> work = new ArrayList<>();
		BigDecimal increment = auction.increment();
		for (int t = 0; t < 16; t++) {
			boolean onB = t % 2 == 1;
			CurrentUser bidder = f.account(List.of("demo-enterprise", "demo-enterprise2", "demo-enterprise3",
					"demo-institution2").get(t % 4));
			int thread = t;
			work.add(pool.submit(() -> {
				BigDecimal known = auction.startPrice();
				for (int i = 0; i < 25; i++) {
					if (onB) {
						// B dies before some commits: a third of its batches
						crashing.crash = (thread + i) % 3 == 0;
						try {
							BidDesk.Placed p = bidsB.place(bidder, auction.id(), known.toPlainString());
							record(acknowledged, unexpected, p.bid().sequence(), p.bid().amount().toPlainString());
							known = p.bid().amount().add(increment);
						}
						catch (BidService.BidRefused e) {
							known = e.minimumBid();
						}
						catch (TransactionSystemException e) {
							// not acknowledged: the bidder saw an error and may try again
						}
					}
					else {
						MockHttpServletResponse r = mvc.perform(post("/api/v1/auctions/{id}/bids", auction.id())
								.with(user(bidder)).contentType(MediaType.APPLICATION_JSON)
								.content("{\"amount\":\"" + known.toPlainString() + "\"}"))
							.andReturn().getResponse();
						String body = r.getContentAsString(StandardCharsets.UTF_8);
						if (r.getStatus() == 201) {
							record(acknowledged, unexpected, JsonPath.read(body, "$.sequence"), JsonPath.read(body, "$.amount"));
							known = new BigDecimal((String) JsonPath.read(body, "$.amount")).add(increment);
						}
						else if (r.getStatus() == 409) {
							known = new BigDecimal((String) JsonPath.read(body, "$.minimumBid"));
						}
						else {
							unexpected.add(r.getStatus() + " " + body);
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> w : work) {
			w.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();
		// B crashes: thrown away with whatever it held in memory
		crashing.crash = true;
		deskB.stop();

		assertThat(unexpected).isEmpty();
		List<Bid> log = service.log(auction.id());
		assertThat(log).extracting(Bid::sequence)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, log.size()).boxed().toList());
		// every acknowledged bid is in the log, and only those: a crashed batch left nothing behind
		assertThat(log).hasSize(acknowledged.size());
		for (Bid b : log) {
			assertThat(acknowledged.get(b.sequence())).isEqualTo(b.amount().toPlainString());
		}
		assertThat(service.verify(auction.id()).valid()).isTrue();
		Bid last = log.get(log.size() - 1);

		// the restart: past the end, the first instance's closer and two fresh ones race for the auction
		f.to(service.view(auction.id()).endsAt());
		List<AuctionCloser> closers = List.of(closerA, freshCloser(), freshCloser());
		CyclicBarrier together = new CyclicBarrier(closers.size());
		ExecutorService racing = Executors.newFixedThreadPool(closers.size());
		List<Future<Integer>> runs = new ArrayList<>();
		for (AuctionCloser c : closers) {
			runs.add(racing.submit(() -> {
				together.await();
				return c.closeDue() + c.closeDue();
			}));
		}
		for (Future<Integer> r : runs) {
			r.get(2, TimeUnit.MINUTES);
		}
		racing.shutdown();

		Auction closed = service.view(auction.id());
		assertThat(closed.status()).isEqualTo(AuctionStatus.SOLD);
		assertThat(closed.hammerPrice()).isEqualByComparingTo(last.amount());
		assertThat(closed.winnerRegistrationId()).isEqualTo(last.registrationId());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'auction.close' and subject_type = "
				+ "'auction' and subject_id = ?", Long.class, String.valueOf(auction.id()))).isEqualTo(1);
		for (Registration r : admitted) {
			DepositStatus expected = r.id() == last.registrationId() ? DepositStatus.CONFIRMED : DepositStatus.RELEASED;
			assertThat(deposits.find(r.depositId()).orElseThrow().status()).isEqualTo(expected);
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'deposit.release' and "
					+ "subject_id = ?", Long.class, String.valueOf(r.depositId())))
				.isEqualTo(r.id() == last.registrationId() ? 0 : 1);
		}
		Registration winner = admitted.stream().filter(r -> r.id() == last.registrationId()).findFirst().orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = "
				+ "'auction.inbox.won'", Long.class, winner.userId())).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages m join inbox_message_arguments a on "
				+ "a.message_id = m.id and a.position = 0 where m.user_id = ? and m.message_key = 'auction.inbox.won' and "
				+ "a.value = ?", Long.class, winner.userId(), auction.achievementTitle())).isEqualTo(1);
		// and a late bid on either instance is refused
		try {
			bidsB.place(f.account("demo-enterprise"), auction.id(), last.amount().add(increment).toPlainString());
		}
		catch (BidDesk.DeskUnavailable | BidService.BidRefused e) {
			// B is gone, or refuses: either way nothing was added
		}
		assertThat(service.log(auction.id())).hasSize(log.size());
	}

	private static void record(Map<Integer, String> acknowledged, List<String> unexpected, int sequence, String amount) {
		if (acknowledged.putIfAbsent(sequence, amount) != null) {
			unexpected.add("sequence acknowledged twice: " + sequence);
		}
	}

	private AuctionCloser freshCloser() {
		return new AuctionCloser(auctions, registrations, deposits, inbox, users, audit, (Clock) clock, rules, List.of(),
				transactions);
	}
}
