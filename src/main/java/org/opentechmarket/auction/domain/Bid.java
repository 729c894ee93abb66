package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An accepted bid, as the log keeps it forever. {@code endsAtAfter} is the auction's effective end once this bid was accepted
 * (later than before when the bid extended the auction); {@code placedBy} is the user's name, never shown publicly.
 */
public record Bid(long auctionId, int sequence, long registrationId, String bidderNumber, BigDecimal amount, Instant placedAt,
		Instant endsAtAfter, String placedBy, String previousHash, String hash) {
}
