package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Yuan amounts (domain/trading.md §Money): exact decimals with two places, never floating point. An amount is valid when it
 * is positive, has at most two decimals and fits {@code numeric(16,2)}.
 */
public final class Money {

	/** The largest amount {@code numeric(16,2)} holds. */
	public static final BigDecimal MAX = new BigDecimal("99999999999999.99");

	private Money() {
	}

	public static boolean isValid(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.compareTo(MAX) <= 0;
	}

	/** The amount with exactly two decimals; refuses (IllegalArgumentException) one with more. */
	public static BigDecimal of(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static BigDecimal of(String amount) {
		return of(new BigDecimal(amount));
	}

	/** "1234.50": how the API writes amounts. */
	public static String format(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	/** Null for a blank text; {@code null} too for a text that is not a number (the caller reports the field). */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}
}
