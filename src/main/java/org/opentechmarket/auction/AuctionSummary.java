package org.opentechmarket.auction;

import java.math.BigDecimal;
import java.time.Instant;

/** What other modules see of an auction; {@code currentPrice} null before the first bid. */
public record AuctionSummary(long id, long achievementId, long sellerOrganisationId, AuctionStatus status,
		BigDecimal startPrice, BigDecimal currentPrice, Instant startsAt, Instant endsAt, int bidCount) {
}
