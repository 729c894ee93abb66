package org.opentechmarket.auction.domain;

import java.util.List;

/**
 * Told about committed changes of an auction on this instance, right after the commit, on the committing thread: must
 * return at once (hand the work to another thread). The live pages and the outbid notices listen.
 */
public interface AuctionUpdates {

	/**
	 * @param after the auction as committed with these bids
	 * @param bids the accepted bids, in sequence order
	 * @param leaderBefore the leading registration before these bids (null before the first bid)
	 */
	void bidsAccepted(Auction after, List<Bid> bids, Long leaderBefore);

	/** The auction was closed (sold or failed) or cancelled. */
	void closed(Auction after);
}
