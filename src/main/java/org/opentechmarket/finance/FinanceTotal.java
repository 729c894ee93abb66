package org.opentechmarket.finance;

import java.math.BigDecimal;

/**
 * One line of the finance totals: for a kind and the region (GB/T 2260) of the borrower, insured or investee, how many
 * records and how much money (yuan). The region is null when the organisation has none.
 */
public record FinanceTotal(FinanceKind kind, String regionCode, long count, BigDecimal amount) {
}
