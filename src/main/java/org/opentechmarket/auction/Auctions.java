package org.opentechmarket.auction;

import java.util.List;
import java.util.Optional;

/** Live auctions as other modules (listings converting into an auction among their qualified buyers) use them. */
public interface Auctions {

	/**
	 * Announces an auction open only to these bidders, in the caller's transaction, with the rules of every auction (the
	 * configured minimum notice and duration among them). Their deposits stay as they are and secure this auction.
	 *
	 * @return the auction's id
	 */
	long announceAmong(AuctionRequest request, List<QualifiedBidder> bidders);

	Optional<AuctionSummary> find(long auctionId);
}
