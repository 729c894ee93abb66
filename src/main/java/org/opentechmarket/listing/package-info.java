/**
 * Listings (挂牌) and tenders (招标), domain/trading.md §Listing and §Tender. A seller lists a published achievement at a
 * fixed price for a period of working days; buyers register intent and pay a deposit; at the end of the period nobody
 * qualified leaves it unsold, one qualified buyer makes a deal at the listing price, two or more turn it into an auction
 * (auction module) or a tender among them. A tender collects sealed offers (encrypted at rest, unreadable before the
 * opening time), opens them in an audited event, has each valid offer scored by an expert panel drawn with recusal
 * (evaluation module), ranks them by the published price formula and weights, and awards with published reasons. Deals are
 * recorded through {@link org.opentechmarket.trading.Deals}, deposits through {@link org.opentechmarket.trading.Deposits}.
 * Other modules see only this package: the lifecycle enums.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Listings and tenders")
package org.opentechmarket.listing;
