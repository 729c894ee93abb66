/**
 * Live English auctions (domain/trading.md §Auction): announcement, registration with a confirmed deposit, binding bids on
 * whole increments with gapless sequence numbers, anti-sniping extension, one effective end time, close with the reserve
 * check, a hash-chained public bid log, and the live page. Sold auctions become deals through
 * {@link org.opentechmarket.trading.Deals}.
 */
package org.opentechmarket.auction;
