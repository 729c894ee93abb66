package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.platform.FieldViolation;

/** Field checks shared by the finance forms; each adds a violation with a message code and leaves the rest to the caller. */
final class Checks {

	/** numeric(16,2): at most 14 digits before the point. */
	static final int MONEY_INTEGER_DIGITS = 14;

	private Checks() {
	}

	static String text(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static boolean required(List<FieldViolation> violations, String field, Object value) {
		if (value == null || value instanceof String s && s.isBlank()) {
			violations.add(FieldViolation.of(field, "finance.required"));
			return false;
		}
		return true;
	}

	static void maxLength(List<FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(FieldViolation.of(field, "finance.text.tooLong", max));
		}
	}

	/** Yuan with at most two decimals, above zero (or zero when {@code zeroAllowed}), fitting numeric(16,2). */
	static void money(List<FieldViolation> violations, String field, BigDecimal value, boolean zeroAllowed) {
		if (!required(violations, field, value)) {
			return;
		}
		if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
			violations.add(FieldViolation.of(field, zeroAllowed ? "finance.money.negative" : "finance.money.positive"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			violations.add(FieldViolation.of(field, "finance.money.scale"));
		}
		else if (value.precision() - value.scale() > MONEY_INTEGER_DIGITS) {
			violations.add(FieldViolation.of(field, "finance.money.tooLarge"));
		}
	}

	/** A percentage in (min, 100] (min exclusive when {@code minExclusive}) with at most four decimals: numeric(7,4). */
	static void percent(List<FieldViolation> violations, String field, BigDecimal value, boolean zeroAllowed) {
		if (!required(violations, field, value)) {
			return;
		}
		if ((zeroAllowed ? value.signum() < 0 : value.signum() <= 0) || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			violations.add(FieldViolation.of(field, zeroAllowed ? "finance.percent.range0" : "finance.percent.range"));
		}
		else if (value.stripTrailingZeros().scale() > 4) {
			violations.add(FieldViolation.of(field, "finance.percent.scale"));
		}
	}

	static void notAfter(List<FieldViolation> violations, String field, LocalDate value, LocalDate today) {
		if (value != null && value.isAfter(today)) {
			violations.add(FieldViolation.of(field, "finance.date.future"));
		}
	}
}
