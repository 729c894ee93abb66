package org.opentechmarket.trading;

import java.math.BigDecimal;

/** What other modules see of a deal. */
public record DealSummary(long id, DealOrigin origin, long originId, long achievementId, long sellerOrganisationId,
		long buyerOrganisationId, TradeTerms terms, BigDecimal price, DealStatus status) {
}
