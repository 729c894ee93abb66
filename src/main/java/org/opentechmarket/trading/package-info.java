/**
 * Trading (domain/trading.md): inquiry and negotiation threads with formal offers, the negotiated price with public notice
 * for state-owned sellers, deals with payment plans and payments, and deposits. The competitive routes (auctions, listings,
 * tenders) live in their own modules and reach this one through the root types: {@link org.opentechmarket.trading.Deals},
 * {@link org.opentechmarket.trading.Deposits} and their records and enums.
 */
package org.opentechmarket.trading;
