package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides bids, auction by auction, with group commit. Each auction has a lane: bids that arrive while the lane is busy wait
 * in its queue and are then decided together in ONE short transaction — lock the auction's row, read the clock, decide each
 * bid (lowest amount first, see {@link #decide}) against the state the previous ones left, append the accepted ones to the log, write the auction
 * back, commit — and only then is anyone answered. So an acknowledged bid is always committed, the sequence is gapless and
 * strictly increasing, and every decision of every instance happens under the same row lock, one after the other. The cost
 * of a commit (a disk flush) is shared by the whole batch instead of paid by every bid.
 */
public class BidDesk {

	private static final Logger log = LoggerFactory.getLogger(BidDesk.class);

	/** A bid to decide: who (already known to be registered for this auction), how much, by which user. */
	record Request(long registrationId, BigDecimal amount, String placedBy, CompletableFuture<Result> result) {
	}

	/** The answer to one bid. */
	public sealed interface Result permits Placed, Refused {
	}

	/** Accepted and committed. */
	public record Placed(Bid bid, boolean extended, BigDecimal currentPrice, BigDecimal minimumBid, Instant endsAt,
			int bidCount) implements Result {
	}

	/** Refused: nothing changed. The auction's state at the decision helps the bidder try again. */
	public record Refused(BidRejection reason, BigDecimal currentPrice, BigDecimal minimumBid, Instant endsAt, Instant startsAt)
			implements Result {
	}

	private static final class Lane {
		final long auctionId;
		final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();
		final AtomicBoolean scheduled = new AtomicBoolean();

		Lane(long auctionId) {
			this.auctionId = auctionId;
		}
	}

	private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
	private final AuctionRecords auctions;
	private final BidderRegistrations registrations;
	private final BidLog bids;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final ObjectProvider<AuctionUpdates> listeners;
	private final int batchMax;
	private final ExecutorService workers;
	/** Time to decide and commit one batch (what every bid of it waited for at least), and bids per batch. */
	private Timer batchTime = null;
	private DistributionSummary batchSize = null;

	public BidDesk(AuctionRecords auctions, BidderRegistrations registrations, BidLog bids, Clock clock,
			PlatformTransactionManager transactionManager, ObjectProvider<AuctionUpdates> listeners, AuctionProperties rules) {
		this.auctions = auctions;
		this.registrations = registrations;
		this.bids = bids;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.listeners = listeners;
		this.batchMax = rules.batchMax();
		AtomicInteger n = new AtomicInteger();
		ThreadFactory threads = r -> {
			Thread t = new Thread(r, "bid-desk-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
		// a few lanes run at once (each holds one database connection while it commits); one lane runs on one thread at a time
		this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
	}

	/** Publishes {@code otm.auction.desk.batch} (decide and commit, per batch) and {@code otm.auction.desk.batch.size}. */
	public BidDesk measuredBy(MeterRegistry meters) {
		this.batchTime = Timer.builder("otm.auction.desk.batch").description("Deciding and committing one batch of bids")
			.serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
					Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1))
			.register(meters);
		this.batchSize = DistributionSummary.builder("otm.auction.desk.batch.size").description("Bids per batch")
			.register(meters);
		return this;
	}

	/**
	 * Queues a bid and waits for its decision. The caller must not hold a transaction (it would hold a connection while
	 * waiting for the lane, which needs one).
	 *
	 * @throws DeskUnavailable when no decision came within the timeout (the bid may still be decided; it was not acknowledged)
	 */
	public Result place(long auctionId, long registrationId, BigDecimal amount, String placedBy, Duration timeout) {
		CompletableFuture<Result> result = submit(auctionId, registrationId, amount, placedBy);
		try {
			return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeskUnavailable(e);
		}
		catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new DeskUnavailable(e.getCause());
		}
		catch (java.util.concurrent.TimeoutException e) {
			throw new DeskUnavailable(e);
		}
	}

	CompletableFuture<Result> submit(long auctionId, long registrationId, BigDecimal amount, String placedBy) {
		if (workers.isShutdown()) {
			return CompletableFuture.failedFuture(new DeskUnavailable(null));
		}
		Lane lane = lanes.computeIfAbsent(auctionId, Lane::new);
		CompletableFuture<Result> result = new CompletableFuture<>();
		lane.queue.add(new Request(registrationId, amount, placedBy, result));
		schedule(lane);
		return result;
	}

	private void schedule(Lane lane) {
		if (lane.scheduled.compareAndSet(false, true)) {
			try {
				workers.execute(() -> drain(lane));
			}
			catch (java.util.concurrent.RejectedExecutionException e) {
				lane.scheduled.set(false);
				failAll(lane, new DeskUnavailable(e));
			}
		}
	}

	private void drain(Lane lane) {
		try {
			while (true) {
				List<Request> batch = new ArrayList<>();
				Request next;
				while (batch.size() < batchMax && (next = lane.queue.poll()) != null) {
					batch.add(next);
				}
				if (batch.isEmpty()) {
					break;
				}
				decide(lane.auctionId, batch);
			}
		}
		finally {
			lane.scheduled.set(false);
		}
		// a bid queued after the last poll but before the flag was cleared would otherwise wait for the next one
		if (!lane.queue.isEmpty()) {
			schedule(lane);
		}
	}

	private record Batch(Auction after, List<Bid> accepted, Long leaderBefore, Map<Request, Result> results) {
	}

	/**
	 * One transaction for the batch; answers only after the commit. The bids of a batch are decided at one instant of the
	 * server clock; among them the lower amount goes first (equal amounts in arrival order), so a bid is refused only when
	 * it does not beat a price set before it — by an earlier instant, or at the same instant for less or as much.
	 */
	void decide(long auctionId, List<Request> batch) {
		List<Request> order = new ArrayList<>(batch);
		order.sort(java.util.Comparator.comparing(Request::amount, java.util.Comparator.nullsFirst(
				java.util.Comparator.naturalOrder())));
		Batch done;
		long started = System.nanoTime();
		try {
			done = transactions.execute(status -> {
				Auction auction = auctions.lock(auctionId).orElseThrow(() -> new IllegalStateException("no auction " + auctionId));
				Set<Long> ids = new HashSet<>();
				batch.forEach(r -> ids.add(r.registrationId()));
				Map<Long, Registration> bidders = registrations.ofIds(ids).stream()
					.collect(Collectors.toMap(Registration::id, Function.identity()));
				Instant now = clock.instant();
				Long leaderBefore = auction.leaderRegistrationId();
				List<Bid> accepted = new ArrayList<>();
				Map<Request, Result> results = new java.util.IdentityHashMap<>();
				for (Request r : order) {
					Auction.Decision d = auction.decide(bidders.get(r.registrationId()), r.amount(), now, r.placedBy());
					if (d instanceof Auction.Accepted a) {
						accepted.add(a.bid());
						results.put(r, new Placed(a.bid(), a.extended(), auction.currentPrice(), auction.minimumBid(),
								auction.endsAt(), auction.bidCount()));
					}
					else {
						results.put(r, new Refused(((Auction.Rejected) d).reason(), auction.currentPrice(),
								auction.minimumBid(), auction.endsAt(), auction.startsAt()));
					}
				}
				if (!accepted.isEmpty()) {
					bids.append(accepted);
					auctions.update(auction, now);
				}
				return new Batch(auction, accepted, leaderBefore, results);
			});
		}
		catch (RuntimeException e) {
			log.warn("Bids on auction {} could not be decided ({} bids, none acknowledged): {}", auctionId, batch.size(),
					e.toString());
			batch.forEach(r -> r.result().completeExceptionally(e));
			return;
		}
		if (batchTime != null) {
			batchTime.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
			batchSize.record(batch.size());
		}
		for (Request r : batch) {
			r.result().complete(done.results().get(r));
		}
		if (!done.accepted().isEmpty()) {
			for (AuctionUpdates listener : listeners) {
				try {
					listener.bidsAccepted(done.after(), done.accepted(), done.leaderBefore());
				}
				catch (RuntimeException e) {
					log.warn("Listener {} failed on auction {}: {}", listener.getClass().getSimpleName(), auctionId, e.toString());
				}
			}
		}
	}

	private static void failAll(Lane lane, RuntimeException e) {
		Request r;
		while ((r = lane.queue.poll()) != null) {
			r.result().completeExceptionally(e);
		}
	}

	/** Stops taking bids; queued ones are decided first (a bid is answered only after its commit, never half-way). */
	public void stop() {
		workers.shutdown();
		try {
			if (!workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			workers.shutdownNow();
		}
		lanes.values().forEach(lane -> failAll(lane, new DeskUnavailable(null)));
	}

	/** The desk could not decide the bid in time or is shutting down; the bid was not acknowledged. */
	public static class DeskUnavailable extends RuntimeException {

		DeskUnavailable(Throwable cause) {
			super("bid desk unavailable", cause);
		}
	}
}
