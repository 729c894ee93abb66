package org.opentechmarket.demand.domain;

import java.math.BigDecimal;

/** Catalogue budget bands in yuan, taken from the upper end of the budget (what the enterprise can at most spend). */
public enum BudgetBand {
	NEGOTIABLE, UNDER_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, OVER_5M;

	private static final BigDecimal[] UPPER_BOUNDS = { new BigDecimal("100000"), new BigDecimal("500000"),
			new BigDecimal("1000000"), new BigDecimal("5000000") };

	public static BudgetBand of(boolean negotiable, BigDecimal min, BigDecimal max) {
		BigDecimal top = max != null ? max : min;
		if (negotiable || top == null) {
			return NEGOTIABLE;
		}
		for (int i = 0; i < UPPER_BOUNDS.length; i++) {
			if (top.compareTo(UPPER_BOUNDS[i]) < 0) {
				return values()[i + 1];
			}
		}
		return OVER_5M;
	}
}
