package org.opentechmarket.listing.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;

/**
 * A tender as its owner asks for it. {@code achievementId} for a seller's tender (the achievement sold); {@code method}
 * (with licence mode, term and territory for a licence) when a technology changes hands — empty for a buyer's tender for
 * R&amp;D services. {@code priceLimit}: the lowest acceptable price of a seller's tender, the budget ceiling of a buyer's.
 */
public record TenderDraft(TenderKind kind, String title, String description, Long achievementId, TradeMethod method,
		LicenceMode licenceMode, String licenceTerm, String territory, BigDecimal priceLimit, BigDecimal priceWeight,
		List<Criterion> criteria, BigDecimal passThreshold, BigDecimal deposit, Instant deadline, Instant openingAt) {
}
