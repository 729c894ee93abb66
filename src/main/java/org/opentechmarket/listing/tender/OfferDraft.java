package org.opentechmarket.listing.tender;

import java.math.BigDecimal;

/** An offer as a bidder submits it: price (yuan), technical proposal, and optionally its published achievement offered. */
public record OfferDraft(BigDecimal price, String proposal, Long achievementId) {
}
