package org.opentechmarket.listing.domain;

import java.math.BigDecimal;
import java.util.Set;

import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;

/**
 * A listing as its seller asks for it; {@code periodWorkingDays} null takes the configured default, {@code buyerTypes} empty
 * admits every organisation type, {@code buyerRegion} null admits every region.
 */
public record ListingDraft(Long achievementId, TradeMethod method, LicenceMode licenceMode, String licenceTerm,
		String territory, BigDecimal price, BigDecimal deposit, Integer periodWorkingDays, String qualifications,
		Set<OrganisationType> buyerTypes, String buyerRegion, Listing.Route route) {
}
