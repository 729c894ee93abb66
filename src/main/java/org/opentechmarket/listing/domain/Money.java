package org.opentechmarket.listing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: exact decimals with at most two places (domain/trading.md §Money), shown and exchanged with two. */
public final class Money {

	/** Ten trillion yuan: above any technology deal, below numeric(16,2)'s limit. */
	public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

	private Money() {
	}

	/** Positive, at most two decimal places, within {@link #MAX}. */
	public static boolean isValidAmount(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.compareTo(MAX) <= 0;
	}

	public static BigDecimal normal(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** "1234.50": the API's form of an amount. */
	public static String text(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}
