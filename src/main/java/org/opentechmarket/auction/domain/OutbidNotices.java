package org.opentechmarket.auction.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbid notices in the platform inbox. A hot auction may see hundreds of bids a second, so the notices are not written in
 * the bid's transaction: bidders outbid are collected and, once a second, each gets one inbox message per auction — unless it
 * has taken the lead again meanwhile. (The live page tells an outbid bidder at once; the inbox is for those not watching.)
 * Notices pending when the instance stops are lost; the bids never are.
 */
@Component
public class OutbidNotices implements AuctionUpdates {

	private static final Logger log = LoggerFactory.getLogger(OutbidNotices.class);

	private record Pending(long auctionId, long registrationId, String price) {
	}

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();
	private final Map<Long, Long> leaders = new ConcurrentHashMap<>();
	private final BidderRegistrations registrations;
	private final AuctionRecords auctions;
	private final Inbox inbox;
	private final TransactionTemplate transactions;
	private volatile ScheduledExecutorService flusher;

	public OutbidNotices(BidderRegistrations registrations, AuctionRecords auctions, Inbox inbox,
			PlatformTransactionManager transactionManager) {
		this.registrations = registrations;
		this.auctions = auctions;
		this.inbox = inbox;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void bidsAccepted(Auction after, List<Bid> bids, Long leaderBefore) {
		Long previous = leaderBefore;
		Set<Long> outbid = new HashSet<>();
		for (Bid bid : bids) {
			if (previous != null && previous != bid.registrationId()) {
				outbid.add(previous);
			}
			previous = bid.registrationId();
		}
		leaders.put(after.id(), after.leaderRegistrationId());
		outbid.remove(after.leaderRegistrationId());
		String price = Money.text(after.currentPrice());
		for (Long r : outbid) {
			pending.put(after.id() + ":" + r, new Pending(after.id(), r, price));
		}
		if (!outbid.isEmpty()) {
			start();
		}
	}

	@Override
	public void closed(Auction after) {
		leaders.remove(after.id());
	}

	private void start() {
		if (flusher == null) {
			synchronized (this) {
				if (flusher == null) {
					flusher = Executors.newSingleThreadScheduledExecutor(r -> {
						Thread t = new Thread(r, "auction-outbid-notices");
						t.setDaemon(true);
						return t;
					});
					flusher.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
				}
			}
		}
	}

	/** Writes the pending notices (one transaction); those who lead again are skipped. @return how many were written */
	public int flush() {
		List<Pending> due = new ArrayList<>();
		for (String key : List.copyOf(pending.keySet())) {
			Pending p = pending.remove(key);
			if (p != null && !Long.valueOf(p.registrationId()).equals(leaders.get(p.auctionId()))) {
				due.add(p);
			}
		}
		if (due.isEmpty()) {
			return 0;
		}
		try {
			transactions.executeWithoutResult(status -> {
				Map<Long, Registration> byId = new java.util.HashMap<>();
				registrations.ofIds(due.stream().map(Pending::registrationId).toList()).forEach(r -> byId.put(r.id(), r));
				Map<Long, String> titles = new java.util.HashMap<>();
				for (Pending p : due) {
					Registration r = byId.get(p.registrationId());
					String title = titles.computeIfAbsent(p.auctionId(),
							id -> auctions.find(id).map(Auction::achievementTitle).orElse("#" + id));
					if (r != null) {
						inbox.deliver(r.userId(), "auction.inbox.outbid", List.of(title, p.price(), r.bidderNumber()),
								AuctionService.link(p.auctionId()));
					}
				}
			});
			return due.size();
		}
		catch (RuntimeException e) {
			log.warn("Outbid notices could not be written: {}", e.toString());
			return 0;
		}
	}

	@PreDestroy
	void stop() {
		if (flusher != null) {
			flusher.shutdownNow();
		}
	}
}
