package org.opentechmarket.auction;

import java.math.BigDecimal;
import java.time.Instant;

import org.opentechmarket.trading.TradeTerms;

/** An auction to open: amounts in yuan (two decimals); {@code reserve} null for none. */
public record AuctionRequest(long achievementId, long sellerOrganisationId, TradeTerms terms, BigDecimal startPrice,
		BigDecimal increment, BigDecimal deposit, BigDecimal reserve, Instant startsAt, Instant endsAt) {
}
