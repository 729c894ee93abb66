package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.auction.AuctionSummary;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.TradeTerms;

/**
 * One auction (domain/trading.md §Auction): its announced terms, the rules fixed at its announcement, and its live state.
 * Every change is a method here that checks its preconditions: {@link #decide} admits or refuses one bid, {@link #open},
 * {@link #close} and {@link #cancel} move the lifecycle ({@link AuctionStatus} lists the allowed transitions).
 * <p>
 * {@link #endsAt()} is the one effective end time: the announced end, moved by accepted bids in the extension window. The
 * bid check, the closing job, the API and the live page all read it and nothing else.
 */
public class Auction {

	// announced terms
	private final long id;
	private final long achievementId;
	private final String achievementTitle;
	private final long sellerOrganisationId;
	private final String sellerName;
	private final TradeTerms terms;
	private final BigDecimal startPrice;
	private final BigDecimal increment;
	private final BigDecimal deposit;
	private final BigDecimal reserve;
	private final boolean restricted;
	private final Long relistOf;
	// rules fixed at the announcement
	private final Duration extensionWindow;
	private final Duration extension;
	private final BigDecimal commissionBuyerRate;
	private final BigDecimal commissionSellerRate;
	private final Instant announcedAt;
	private final Instant startsAt;
	private final Instant scheduledEndsAt;
	private final String createdBy;
	// live state
	private Instant endsAt;
	private AuctionStatus status;
	private BigDecimal currentPrice;
	private Long leaderRegistrationId;
	private int bidCount;
	private Instant lastBidAt;
	private String lastHash;
	private int extensions;
	// outcome
	private Instant closedAt;
	private BigDecimal hammerPrice;
	private Long winnerRegistrationId;
	private BigDecimal commissionBuyer;
	private BigDecimal commissionSeller;
	private Long dealId;
	private Instant signingDueAt;
	private Instant signingSettledAt;
	private boolean forfeited;
	private Instant relistUntil;

	Auction(long id, long achievementId, String achievementTitle, long sellerOrganisationId, String sellerName,
			TradeTerms terms, BigDecimal startPrice, BigDecimal increment, BigDecimal deposit, BigDecimal reserve,
			boolean restricted, Long relistOf, Duration extensionWindow, Duration extension, BigDecimal commissionBuyerRate,
			BigDecimal commissionSellerRate, Instant announcedAt, Instant startsAt, Instant scheduledEndsAt, String createdBy) {
		this.id = id;
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		this.sellerOrganisationId = sellerOrganisationId;
		this.sellerName = sellerName;
		this.terms = terms;
		this.startPrice = startPrice;
		this.increment = increment;
		this.deposit = deposit;
		this.reserve = reserve;
		this.restricted = restricted;
		this.relistOf = relistOf;
		this.extensionWindow = extensionWindow;
		this.extension = extension;
		this.commissionBuyerRate = commissionBuyerRate;
		this.commissionSellerRate = commissionSellerRate;
		this.announcedAt = announcedAt;
		this.startsAt = startsAt;
		this.scheduledEndsAt = scheduledEndsAt;
		this.createdBy = createdBy;
		this.endsAt = scheduledEndsAt;
		this.status = AuctionStatus.ANNOUNCED;
		this.lastHash = BidChain.GENESIS;
	}

	/** A new auction as announced; {@link AuctionTerms} has checked the terms against the rules. */
	static Auction announce(long id, AuctionTerms.Checked checked, String achievementTitle, String sellerName,
			boolean restricted, Long relistOf, AuctionProperties rules, Instant now, String createdBy) {
		return new Auction(id, checked.achievementId(), achievementTitle, checked.sellerOrganisationId(), sellerName,
				checked.terms(), checked.startPrice(), checked.increment(), checked.deposit(), checked.reserve(), restricted,
				relistOf, rules.extensionWindow(), rules.extension(), rules.commissionBuyerRate(),
				rules.commissionSellerRate(), Times.millis(now), checked.startsAt(), checked.endsAt(), createdBy);
	}

	/** Rebuilds the live state from its stored row (AuctionRecords only). */
	void restore(Instant endsAt, AuctionStatus status, BigDecimal currentPrice, Long leaderRegistrationId, int bidCount,
			Instant lastBidAt, String lastHash, int extensions, Instant closedAt, BigDecimal hammerPrice,
			Long winnerRegistrationId, BigDecimal commissionBuyer, BigDecimal commissionSeller, Long dealId,
			Instant signingDueAt, Instant signingSettledAt, boolean forfeited, Instant relistUntil) {
		this.endsAt = endsAt;
		this.status = status;
		this.currentPrice = currentPrice;
		this.leaderRegistrationId = leaderRegistrationId;
		this.bidCount = bidCount;
		this.lastBidAt = lastBidAt;
		this.lastHash = lastHash;
		this.extensions = extensions;
		this.closedAt = closedAt;
		this.hammerPrice = hammerPrice;
		this.winnerRegistrationId = winnerRegistrationId;
		this.commissionBuyer = commissionBuyer;
		this.commissionSeller = commissionSeller;
		this.dealId = dealId;
		this.signingDueAt = signingDueAt;
		this.signingSettledAt = signingSettledAt;
		this.forfeited = forfeited;
		this.relistUntil = relistUntil;
	}

	// ------------------------------------------------------------------ bids

	/** What became of one bid: accepted with its log entry, or refused with the reason. */
	public sealed interface Decision permits Accepted, Rejected {
	}

	/** @param extended whether this bid moved the effective end */
	public record Accepted(Bid bid, boolean extended) implements Decision {
	}

	public record Rejected(BidRejection reason) implements Decision {
	}

	/**
	 * Admits or refuses one bid at {@code now} (the server's clock, read while this auction's row is locked, so the decisions
	 * of every instance happen one after the other). An accepted bid takes the next sequence number, becomes the current
	 * price, is chained to the previous bid's hash and — in the extension window — moves the end to its time plus the
	 * extension. A refused bid changes nothing.
	 */
	public Decision decide(Registration bidder, BigDecimal amount, Instant now, String placedBy) {
		BidRejection refusal = refusal(bidder, amount, now);
		if (refusal != null) {
			return new Rejected(refusal);
		}
		Instant placedAt = Times.millis(now);
		if (lastBidAt != null && placedAt.isBefore(lastBidAt)) {
			placedAt = lastBidAt; // the log's times never run backwards, whatever the system clock does
		}
		Instant previousEnd = endsAt;
		if (!placedAt.isBefore(endsAt.minus(extensionWindow))) {
			Instant moved = placedAt.plus(extension);
			if (moved.isAfter(endsAt)) {
				endsAt = moved;
				extensions++;
			}
		}
		if (status == AuctionStatus.ANNOUNCED) {
			status = AuctionStatus.OPEN;
		}
		int sequence = bidCount + 1;
		String hash = BidChain.hash(id, sequence, amount, bidder.bidderNumber(), placedAt, lastHash);
		Bid bid = new Bid(id, sequence, bidder.id(), bidder.bidderNumber(), amount, placedAt, endsAt, placedBy, lastHash,
				hash);
		bidCount = sequence;
		currentPrice = amount;
		leaderRegistrationId = bidder.id();
		lastBidAt = placedAt;
		lastHash = hash;
		return new Accepted(bid, endsAt.isAfter(previousEnd));
	}

	/** Why this bid must be refused now, or null when it is valid. */
	BidRejection refusal(Registration bidder, BigDecimal amount, Instant now) {
		if (status == AuctionStatus.CANCELLED) {
			return BidRejection.CANCELLED;
		}
		if (status.isClosed() || !now.isBefore(endsAt)) {
			return BidRejection.ENDED;
		}
		if (now.isBefore(startsAt)) {
			return BidRejection.NOT_STARTED;
		}
		if (bidder == null || bidder.auctionId() != id) {
			return BidRejection.NOT_REGISTERED;
		}
		if (bidder.organisationId() == sellerOrganisationId) {
			return BidRejection.SELLER;
		}
		if (!bidder.depositConfirmed()) {
			return BidRejection.DEPOSIT_UNCONFIRMED;
		}
		if (amount == null || Money.checked(amount).isEmpty()) {
			return BidRejection.AMOUNT_FORMAT;
		}
		if (currentPrice == null) {
			return amount.compareTo(startPrice) < 0 ? BidRejection.BELOW_START : null;
		}
		if (amount.compareTo(currentPrice) <= 0) {
			return BidRejection.TOO_LOW;
		}
		return amount.subtract(currentPrice).remainder(increment).signum() == 0 ? null : BidRejection.WRONG_STEP;
	}

	/** The lowest bid that would be accepted now: the start price, then the current price plus one increment. */
	public BigDecimal minimumBid() {
		return currentPrice == null ? startPrice : currentPrice.add(increment);
	}

	// ------------------------------------------------------------------ lifecycle

	/** Bidding has started: ANNOUNCED → OPEN. False when there was nothing to do (already open, or not yet time). */
	public boolean open(Instant now) {
		if (status != AuctionStatus.ANNOUNCED || now.isBefore(startsAt)) {
			return false;
		}
		status = AuctionStatus.OPEN;
		return true;
	}

	/** How a close went. */
	public enum Outcome {
		/** the highest bid met the reserve (or there was none): the leader wins at the hammer price */
		SOLD,
		/** no bid at all (流拍) */
		FAILED_NO_BIDS,
		/** the highest bid stayed below the reserve (流拍, 拍卖法 第五十条) */
		FAILED_RESERVE_NOT_MET
	}

	/**
	 * Closes the auction once its effective end has passed. SOLD when the highest bid reaches the reserve (or there is no
	 * reserve): the hammer price, the winner, the commissions and the signing deadline are fixed. FAILED otherwise, open for a
	 * relisting until the relist window ends.
	 */
	public Outcome close(Instant now, AuctionProperties rules) {
		if (status.isClosed() || now.isBefore(endsAt)) {
			throw DomainException.conflict("auction.close.notDue", id);
		}
		open(now);
		closedAt = Times.millis(now);
		Outcome outcome;
		if (bidCount == 0) {
			outcome = Outcome.FAILED_NO_BIDS;
		}
		else if (reserve != null && currentPrice.compareTo(reserve) < 0) {
			outcome = Outcome.FAILED_RESERVE_NOT_MET;
		}
		else {
			outcome = Outcome.SOLD;
		}
		if (outcome == Outcome.SOLD) {
			transition(AuctionStatus.SOLD);
			hammerPrice = currentPrice;
			winnerRegistrationId = leaderRegistrationId;
			commissionBuyer = Money.share(hammerPrice, commissionBuyerRate);
			commissionSeller = Money.share(hammerPrice, commissionSellerRate);
			signingDueAt = closedAt.plus(Duration.ofDays(rules.winnerSigningDays()));
		}
		else {
			transition(AuctionStatus.FAILED);
			relistUntil = closedAt.plus(rules.relistWindow());
		}
		return outcome;
	}

	/** The seller withdraws the lot before bidding starts (拍卖法 第二十九条); no bid can exist yet. */
	public void cancel(Instant now) {
		if (status != AuctionStatus.ANNOUNCED || !now.isBefore(startsAt)) {
			throw DomainException.conflict("auction.cancel.started");
		}
		transition(AuctionStatus.CANCELLED);
		closedAt = Times.millis(now);
	}

	/**
	 * The winner signs the confirmation of sale (成交确认书, 拍卖法 第五十二条) before its deadline: the deal is then recorded
	 * with the winner's deposit counting toward the price. False when it had been signed before (idempotent).
	 */
	public boolean confirmSale(Instant now) {
		if (status != AuctionStatus.SOLD) {
			throw DomainException.conflict("auction.confirm.notSold");
		}
		if (signingSettledAt != null) {
			if (forfeited) {
				throw DomainException.conflict("auction.confirm.forfeited");
			}
			return false;
		}
		if (now.isAfter(signingDueAt)) {
			throw DomainException.conflict("auction.confirm.late", Times.iso(signingDueAt));
		}
		signingSettledAt = Times.millis(now);
		return true;
	}

	/** The deal the confirmed sale made. */
	public void recordDeal(long dealId) {
		if (status != AuctionStatus.SOLD || signingSettledAt == null || forfeited) {
			throw new IllegalStateException("only a confirmed sale has a deal");
		}
		this.dealId = dealId;
	}

	/**
	 * The winner did not sign the confirmation of sale by its deadline (悔拍): its deposit is forfeited (网络司法拍卖规定
	 * 第二十四条) and the lot may be auctioned again within the relist window, without that bidder.
	 */
	public void forfeit(Instant now, AuctionProperties rules) {
		if (status != AuctionStatus.SOLD || signingSettledAt != null || now.isBefore(signingDueAt)) {
			throw new IllegalStateException("signing of auction " + id + " is not overdue");
		}
		signingSettledAt = Times.millis(now);
		forfeited = true;
		relistUntil = signingSettledAt.plus(rules.relistWindow());
	}

	/** Whether the winner has signed the confirmation of sale. */
	public boolean saleConfirmed() {
		return status == AuctionStatus.SOLD && signingSettledAt != null && !forfeited;
	}

	/**
	 * Checks a relisting of this failed auction: within the relist window after the close, starting at most the configured
	 * cut below this auction's start price (网络司法拍卖规定 第二十六条).
	 *
	 * @return the lowest start price the relisting may have
	 */
	public BigDecimal lowestRelistStart(BigDecimal maxCut) {
		return startPrice.multiply(BigDecimal.ONE.subtract(maxCut)).setScale(2, java.math.RoundingMode.CEILING);
	}

	/** A failed auction, or a sale whose winner forfeited, may be relisted until the relist window ends. */
	public boolean mayRelist(Instant now) {
		return (status == AuctionStatus.FAILED || (status == AuctionStatus.SOLD && forfeited)) && relistUntil != null
				&& !now.isAfter(relistUntil);
	}

	private void transition(AuctionStatus next) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("auction.status.transition", status, next);
		}
		status = next;
	}

	/** Where the auction stands at {@code now}, for pages: before the start, bidding, past the end awaiting the close, or closed. */
	public enum Phase {
		UPCOMING, BIDDING, CLOSING, SOLD, FAILED, CANCELLED
	}

	public Phase phase(Instant now) {
		return switch (status) {
			case SOLD -> Phase.SOLD;
			case FAILED -> Phase.FAILED;
			case CANCELLED -> Phase.CANCELLED;
			default -> now.isBefore(startsAt) ? Phase.UPCOMING : now.isBefore(endsAt) ? Phase.BIDDING : Phase.CLOSING;
		};
	}

	public AuctionSummary summary() {
		return new AuctionSummary(id, achievementId, sellerOrganisationId, status, startPrice, currentPrice, startsAt, endsAt,
				bidCount);
	}

	// ------------------------------------------------------------------ reading

	public long id() {
		return id;
	}

	public long achievementId() {
		return achievementId;
	}

	public String achievementTitle() {
		return achievementTitle;
	}

	public long sellerOrganisationId() {
		return sellerOrganisationId;
	}

	public String sellerName() {
		return sellerName;
	}

	public TradeTerms terms() {
		return terms;
	}

	public BigDecimal startPrice() {
		return startPrice;
	}

	public BigDecimal increment() {
		return increment;
	}

	public BigDecimal deposit() {
		return deposit;
	}

	/** The reserve itself: for the seller's own pages and the close only, never for the public (拍卖法 第二十八条). */
	public BigDecimal reserve() {
		return reserve;
	}

	public boolean hasReserve() {
		return reserve != null;
	}

	public boolean restricted() {
		return restricted;
	}

	public Long relistOf() {
		return relistOf;
	}

	public Duration extensionWindow() {
		return extensionWindow;
	}

	public Duration extension() {
		return extension;
	}

	public BigDecimal commissionBuyerRate() {
		return commissionBuyerRate;
	}

	public BigDecimal commissionSellerRate() {
		return commissionSellerRate;
	}

	public Instant announcedAt() {
		return announcedAt;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant scheduledEndsAt() {
		return scheduledEndsAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public AuctionStatus status() {
		return status;
	}

	public BigDecimal currentPrice() {
		return currentPrice;
	}

	public Long leaderRegistrationId() {
		return leaderRegistrationId;
	}

	public int bidCount() {
		return bidCount;
	}

	public Instant lastBidAt() {
		return lastBidAt;
	}

	public String lastHash() {
		return lastHash;
	}

	public int extensions() {
		return extensions;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public BigDecimal hammerPrice() {
		return hammerPrice;
	}

	public Long winnerRegistrationId() {
		return winnerRegistrationId;
	}

	public BigDecimal commissionBuyer() {
		return commissionBuyer;
	}

	public BigDecimal commissionSeller() {
		return commissionSeller;
	}

	public Long dealId() {
		return dealId;
	}

	public Instant signingDueAt() {
		return signingDueAt;
	}

	public Instant signingSettledAt() {
		return signingSettledAt;
	}

	public boolean forfeited() {
		return forfeited;
	}

	public Instant relistUntil() {
		return relistUntil;
	}
}
