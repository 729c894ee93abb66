package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bidder admitted to one auction: its organisation, the anonymous number it bids under, and the deposit that secures its
 * bids (held by the trading module). It may bid once the deposit is confirmed.
 */
public record Registration(long id, long auctionId, long organisationId, String organisationName, long userId,
		String username, String bidderNumber, long depositId, BigDecimal depositAmount, Instant depositConfirmedAt,
		boolean qualified, Instant rulesAcceptedAt, String depositOutcome, Instant createdAt) {

	public boolean depositConfirmed() {
		return depositConfirmedAt != null;
	}
}
