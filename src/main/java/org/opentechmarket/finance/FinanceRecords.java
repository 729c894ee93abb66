package org.opentechmarket.finance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The finance records as the statistics feature reads them (domain/statistics.md: patent pledge financing, the finance term
 * of the environment sub-index). What counts, per {@link FinanceKind}: disbursed (also later repaid or defaulted) loans by
 * the year of disbursement; insurance policies not cancelled by the year their cover starts; equity investments by the
 * year they were made.
 */
public interface FinanceRecords {

	/** Count and amount per kind and counterparty region for a calendar year, ordered by kind and region. */
	List<FinanceTotal> totals(int year);

	/** Count and amount per kind for a calendar year (every kind present, zero when nothing was recorded). */
	default Map<FinanceKind, FinanceTotal> totalsByKind(int year) {
		Map<FinanceKind, FinanceTotal> byKind = new EnumMap<>(FinanceKind.class);
		for (FinanceKind kind : FinanceKind.values()) {
			byKind.put(kind, new FinanceTotal(kind, null, 0, BigDecimal.ZERO.setScale(2)));
		}
		for (FinanceTotal t : totals(year)) {
			FinanceTotal sum = byKind.get(t.kind());
			byKind.put(t.kind(), new FinanceTotal(t.kind(), null, sum.count() + t.count(), sum.amount().add(t.amount())));
		}
		return byKind;
	}
}
