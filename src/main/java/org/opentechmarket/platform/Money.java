package org.opentechmarket.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Amounts of money in yuan: exact decimals with two places (fen), as the database holds them ({@code numeric(16,2)}).
 * One set of rules for every module that takes, stores or shows money (trading, auctions, listings).
 */
public final class Money {

	/** The largest amount a {@code numeric(16,2)} column holds. */
	public static final BigDecimal MAX = new BigDecimal("99999999999999.99");

	private Money() {
	}

	/** Positive, at most two decimal places, within {@link #MAX}. */
	public static boolean isValid(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.compareTo(MAX) <= 0;
	}

	/** The amount with two decimals, if it is valid ({@link #isValid}). */
	public static Optional<BigDecimal> checked(BigDecimal amount) {
		return isValid(amount) ? Optional.of(amount.setScale(2, RoundingMode.UNNECESSARY)) : Optional.empty();
	}

	/** The amount a user typed or sent ("1,234.5" too), if it is valid ({@link #isValid}). */
	public static Optional<BigDecimal> parse(String text) {
		if (text != null && text.length() > 40) {
			return Optional.empty();
		}
		return checked(number(text));
	}

	/** The number in a text ("1,234.5" too), whatever its sign or scale; null for a blank or non-numeric text. */
	public static BigDecimal number(String text) {
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

	/** The amount with exactly two decimals; refuses (ArithmeticException) one with more. Null stays null. */
	public static BigDecimal normal(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static BigDecimal normal(String amount) {
		return normal(new BigDecimal(amount));
	}

	/** "1234.50": plain, two decimals, how the API and the hash chain write amounts; null stays null. */
	public static String text(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The share of an amount, rounded half up to the fen. */
	public static BigDecimal share(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}
}
