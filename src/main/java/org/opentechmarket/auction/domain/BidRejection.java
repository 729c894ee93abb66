package org.opentechmarket.auction.domain;

/**
 * Why a bid was refused. A refused bid changes nothing: no sequence number, no price, no extension. The status is the HTTP
 * status the API answers with: 422 when the amount itself is wrong, 409 when the bid conflicts with the auction's state or the
 * bidder's standing. The message key (with the current price, the lowest valid bid and the times as arguments) says why.
 */
public enum BidRejection {
	/** not a positive number of yuan with at most two decimals */
	AMOUNT_FORMAT(422),
	/** the first bid is below the start price */
	BELOW_START(422),
	/** not above the current price (someone bid first, or the amount is simply too low) */
	TOO_LOW(409),
	/** above the current price, but not by a whole number of increments */
	WRONG_STEP(422),
	/** bidding has not started */
	NOT_STARTED(409),
	/** bidding is over (the effective end has passed or the auction is closed) */
	ENDED(409),
	/** the auction was withdrawn before it started */
	CANCELLED(409),
	/** the bidder's organisation has not registered for this auction */
	NOT_REGISTERED(409),
	/** registered, but the deposit has not been confirmed */
	DEPOSIT_UNCONFIRMED(409),
	/** the seller's organisation (拍卖法 第三十条) */
	SELLER(409),
	/** the platform operator's staff (拍卖法 第二十二条) */
	OPERATOR(409),
	/** the bidder's organisation is not verified */
	UNVERIFIED(409);

	private final int status;

	BidRejection(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return "auction.bid.rejected." + name();
	}
}
