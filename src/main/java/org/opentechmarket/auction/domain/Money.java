package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Yuan amounts as the auction rules use them: exact decimals with at most two places, written with exactly two. */
public final class Money {

	/** The largest amount the database column holds (numeric(16, 2)). */
	public static final BigDecimal MAX = new BigDecimal("99999999999999.99");

	private Money() {
	}

	/** The amount a user typed or sent, if it is a positive number of yuan with at most two decimals. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return Optional.empty();
		}
		try {
			BigDecimal value = new BigDecimal(text.trim().replace(",", ""));
			return of(value);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** The value with two decimals, if it is positive, has no more than two decimals and fits the column. */
	public static Optional<BigDecimal> of(BigDecimal value) {
		if (value == null || value.signum() <= 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
			return Optional.empty();
		}
		return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** "123.00": plain, two decimals; null stays null. */
	public static String text(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The share of an amount, rounded half up to the fen. */
	public static BigDecimal share(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}
}
