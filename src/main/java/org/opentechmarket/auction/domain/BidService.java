package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Money;
import org.springframework.stereotype.Service;

/**
 * Placing a bid: the checks that need no lock (the amount's form, who the bidder is, its registration) happen here, without
 * a transaction; everything that depends on the auction's state is decided by the {@link BidDesk} under the auction's row
 * lock. A bid is binding (拍卖法 第三十六条): there is no way to withdraw one.
 */
@Service
public class BidService {

	/** How long a request waits for its decision before it is answered 503 (the bid was then not acknowledged). */
	private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(10);

	private final AuctionRecords auctions;
	private final BidderRegistrations registrations;
	private final BidDesk desk;
	/** What never changes about an auction once announced: its seller (so a bid needs no query for it). */
	private final Map<Long, Long> sellers = new ConcurrentHashMap<>();
	/** Registrations never go away: (auction, organisation) → registration id, once found. */
	private final Map<String, Long> registered = new ConcurrentHashMap<>();

	public BidService(AuctionRecords auctions, BidderRegistrations registrations, BidDesk desk) {
		this.auctions = auctions;
		this.registrations = registrations;
		this.desk = desk;
	}

	/**
	 * Places a bid of {@code amountText} yuan for the user's organisation.
	 *
	 * @return the accepted, committed bid with the auction's new state
	 * @throws BidRefused when the bid is refused (nothing changed)
	 * @throws DomainException NOT_FOUND for an unknown auction
	 */
	public BidDesk.Placed place(CurrentUser user, long auctionId, String amountText) {
		BidDesk.Result result = attempt(user, auctionId, amountText);
		if (result instanceof BidDesk.Refused r) {
			throw new BidRefused(r.reason(), r.currentPrice(), r.minimumBid(), r.endsAt(), r.startsAt());
		}
		return (BidDesk.Placed) result;
	}

	/**
	 * As {@link #place}, with a refusal as a result rather than an exception (the API's hot path: most bids in a busy
	 * auction are refused, and an exception per refusal costs the web layer more than the bid itself).
	 */
	public BidDesk.Result attempt(CurrentUser user, long auctionId, String amountText) {
		long seller = sellers.computeIfAbsent(auctionId, id -> auctions.find(id)
			.orElseThrow(() -> AuctionService.notFound(id)).sellerOrganisationId());
		BigDecimal amount = Money.parse(amountText).orElse(null);
		if (amount == null) {
			return refused(BidRejection.AMOUNT_FORMAT, auctionId);
		}
		if (user.isAdmin()) {
			return refused(BidRejection.OPERATOR, auctionId);
		}
		if (user.belongsTo(seller)) {
			return refused(BidRejection.SELLER, auctionId);
		}
		if (!user.organisationVerified()) {
			return refused(BidRejection.UNVERIFIED, auctionId);
		}
		String key = auctionId + ":" + user.organisationId();
		Long registrationId = registered.get(key);
		if (registrationId == null) {
			registrationId = registrations.of(auctionId, user.organisationId()).map(Registration::id).orElse(null);
			if (registrationId == null) {
				return refused(BidRejection.NOT_REGISTERED, auctionId);
			}
			registered.put(key, registrationId);
		}
		return desk.place(auctionId, registrationId, amount, user.getUsername(), DECISION_TIMEOUT);
	}

	private BidDesk.Refused refused(BidRejection reason, long auctionId) {
		Auction a = auctions.find(auctionId).orElseThrow(() -> AuctionService.notFound(auctionId));
		return new BidDesk.Refused(reason, a.currentPrice(), a.minimumBid(), a.endsAt(), a.startsAt());
	}

	/** A refused bid, with the auction's state at the decision so the bidder can try again. */
	public static class BidRefused extends RuntimeException {

		private final BidRejection reason;
		private final BigDecimal currentPrice;
		private final BigDecimal minimumBid;
		private final Instant endsAt;
		private final Instant startsAt;

		public BidRefused(BidDesk.Refused r) {
			this(r.reason(), r.currentPrice(), r.minimumBid(), r.endsAt(), r.startsAt());
		}

		public BidRefused(BidRejection reason, BigDecimal currentPrice, BigDecimal minimumBid, Instant endsAt, Instant startsAt) {
			super(reason.name(), null, false, false);
			this.reason = reason;
			this.currentPrice = currentPrice;
			this.minimumBid = minimumBid;
			this.endsAt = endsAt;
			this.startsAt = startsAt;
		}

		public BidRejection reason() {
			return reason;
		}

		public BigDecimal currentPrice() {
			return currentPrice;
		}

		public BigDecimal minimumBid() {
			return minimumBid;
		}

		public Instant endsAt() {
			return endsAt;
		}

		public Instant startsAt() {
			return startsAt;
		}

		/** Message arguments: current price, lowest valid bid, start, end (the messages pick what they need). */
		public Object[] messageArguments() {
			return new Object[] { currentPrice == null ? "—" : Money.text(currentPrice), Money.text(minimumBid),
					Times.iso(startsAt), Times.iso(endsAt) };
		}
	}
}
