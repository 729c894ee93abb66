package org.opentechmarket.trading;

import java.math.BigDecimal;
import java.util.List;

/**
 * A deal another trading route has reached, for {@link Deals#agree}.
 *
 * @param price the agreed price in yuan, two decimals
 * @param depositIds deposits of the buyer that count toward the price (marked applied when the deal is recorded)
 */
public record DealProposal(DealOrigin origin, long originId, long achievementId, long sellerOrganisationId,
		long buyerOrganisationId, TradeTerms terms, BigDecimal price, List<Long> depositIds) {

	public DealProposal {
		depositIds = depositIds == null ? List.of() : List.copyOf(depositIds);
	}
}
