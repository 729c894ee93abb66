package org.opentechmarket.auction.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.Deposits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auction clock: opens auctions whose bidding started, closes those whose effective end passed, and forfeits the
 * deposit of winners that did not sign the confirmation of sale in time. Each auction is handled in its own transaction that locks its row with {@code for update skip locked}
 * and changes its state in the same transaction, so with any number of instances on one database (and after any restart)
 * each auction is closed exactly once: a second closer either skips the locked row or no longer finds it due. Runs every
 * {@code otm.trading.auction.close-check-interval} and shortly after start (overdue work first).
 */
@Service
public class AuctionCloser {

	private static final Logger log = LoggerFactory.getLogger(AuctionCloser.class);
	/** Most auctions one run handles of each kind (the next run continues). */
	private static final int MAX_PER_RUN = 200;

	private final AuctionRecords auctions;
	private final BidderRegistrations registrations;
	private final Deposits deposits;
	private final Inbox inbox;
	private final UserAccounts users;
	private final AuditLog audit;
	private final Clock clock;
	private final AuctionProperties rules;
	private final List<AuctionUpdates> listeners;
	private final TransactionTemplate transactions;

	public AuctionCloser(AuctionRecords auctions, BidderRegistrations registrations, Deposits deposits,
			Inbox inbox, UserAccounts users, AuditLog audit, Clock clock, AuctionProperties rules,
			List<AuctionUpdates> listeners, PlatformTransactionManager transactionManager) {
		this.auctions = auctions;
		this.registrations = registrations;
		this.deposits = deposits;
		this.inbox = inbox;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.rules = rules;
		this.listeners = listeners;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${otm.trading.auction.close-check-interval:PT1S}", initialDelayString = "PT3S")
	public void run() {
		try {
			openDue();
			closeDue();
			settleSigningDue();
		}
		catch (RuntimeException e) {
			log.warn("Auction clock run failed (the next run retries): {}", e.toString());
		}
	}

	/** ANNOUNCED → OPEN for every auction whose bidding has started. @return how many were opened */
	public int openDue() {
		int opened = 0;
		while (opened < MAX_PER_RUN) {
			Boolean done = transactions.execute(status -> {
				Instant now = clock.instant();
				Optional<Auction> due = auctions.lockNextOpening(now);
				if (due.isEmpty()) {
					return false;
				}
				Auction auction = due.get();
				if (auction.open(now)) {
					auctions.update(auction, now);
					audit.record("auction.open", "auction", auction.id(), "bidding started");
				}
				return true;
			});
			if (!Boolean.TRUE.equals(done)) {
				break;
			}
			opened++;
		}
		return opened;
	}

	/** Closes every auction whose effective end has passed, each exactly once. @return how many this call closed */
	public int closeDue() {
		int closed = 0;
		while (closed < MAX_PER_RUN) {
			Boolean done;
			try {
				done = transactions.execute(status -> {
					Instant now = clock.instant();
					Optional<Auction> due = auctions.lockNextDue(now);
					if (due.isEmpty()) {
						return false;
					}
					close(due.get(), now);
					return true;
				});
			}
			catch (RuntimeException e) {
				log.error("Closing an auction failed; it stays due and the next run retries", e);
				break;
			}
			if (!Boolean.TRUE.equals(done)) {
				break;
			}
			closed++;
		}
		return closed;
	}

	/** In the transaction that holds the auction's row lock. */
	private void close(Auction auction, Instant now) {
		Auction.Outcome outcome = auction.close(now, rules);
		List<Registration> bidders = registrations.ofAuction(auction.id());
		String title = auction.achievementTitle();
		String link = AuctionService.link(auction.id());
		if (outcome == Auction.Outcome.SOLD) {
			Registration winner = bidders.stream().filter(r -> r.id() == auction.winnerRegistrationId()).findFirst()
				.orElseThrow(() -> new IllegalStateException("winner registration missing for auction " + auction.id()));
			registrations.recordOutcome(winner.id(), "HELD");
			inbox.deliver(winner.userId(), "auction.inbox.won", List.of(title, Money.text(auction.hammerPrice()),
					Times.iso(auction.signingDueAt())), link);
			for (CurrentUser u : users.members(auction.sellerOrganisationId())) {
				inbox.deliver(u.id(), "auction.inbox.sold", List.of(title, Money.text(auction.hammerPrice()),
						winner.bidderNumber()), link);
			}
		}
		else {
			for (CurrentUser u : users.members(auction.sellerOrganisationId())) {
				inbox.deliver(u.id(), outcome == Auction.Outcome.FAILED_NO_BIDS ? "auction.inbox.failedNoBids"
						: "auction.inbox.failedReserve", List.of(title, Times.iso(auction.relistUntil())), link);
			}
		}
		for (Registration r : bidders) {
			if (outcome == Auction.Outcome.SOLD && r.id() == auction.winnerRegistrationId()) {
				continue;
			}
			// 网络司法拍卖规定 第二十三条: the other bidders' deposits go back at the close
			deposits.release(r.depositId(), "auction " + auction.id() + " closed " + auction.status());
			registrations.recordOutcome(r.id(), "RELEASED");
			inbox.deliver(r.userId(), "auction.inbox.closedReleased", List.of(title, Money.text(r.depositAmount())), link);
		}
		auctions.update(auction, now);
		audit.record("auction.close", "auction", auction.id(), outcome + " bids " + auction.bidCount()
				+ (auction.hammerPrice() == null ? "" : " hammer " + Money.text(auction.hammerPrice()) + " commission buyer " + Money.text(auction.commissionBuyer()) + " seller "
						+ Money.text(auction.commissionSeller())));
		AuctionService.afterCommit(() -> listeners.forEach(l -> l.closed(auction)));
	}

	/**
	 * A winner that has not signed the confirmation of sale by its deadline forfeits its deposit (悔拍, 网络司法拍卖规定
	 * 第二十四条). @return how many deadlines were settled
	 */
	public int settleSigningDue() {
		int settled = 0;
		while (settled < MAX_PER_RUN) {
			Boolean done = transactions.execute(status -> {
				Instant now = clock.instant();
				Optional<Auction> due = auctions.lockNextSigningDue(now);
				if (due.isEmpty()) {
					return false;
				}
				Auction auction = due.get();
				Registration winner = registrations.find(auction.winnerRegistrationId()).orElseThrow();
				auction.forfeit(now, rules);
				deposits.forfeit(winner.depositId(), "auction " + auction.id() + ": confirmation of sale not signed by "
						+ Times.iso(auction.signingDueAt()));
				registrations.recordOutcome(winner.id(), "FORFEITED");
				auctions.update(auction, now);
				inbox.deliver(winner.userId(), "auction.inbox.forfeited", List.of(auction.achievementTitle(),
						Money.text(winner.depositAmount())), AuctionService.link(auction.id()));
				for (CurrentUser u : users.members(auction.sellerOrganisationId())) {
					inbox.deliver(u.id(), "auction.inbox.sellerForfeited", List.of(auction.achievementTitle(),
							Times.iso(auction.relistUntil())), AuctionService.link(auction.id()));
				}
				audit.record("auction.forfeit", "auction", auction.id(), "winner " + winner.bidderNumber()
						+ " did not sign by " + Times.iso(auction.signingDueAt()) + ": deposit " + winner.depositId()
						+ " forfeited");
				return true;
			});
			if (!Boolean.TRUE.equals(done)) {
				break;
			}
			settled++;
		}
		return settled;
	}
}
