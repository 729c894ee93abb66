package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;

/**
 * A payment plan (民法典 第八百四十六条) as offers propose it and deals carry it:
 * <ul>
 * <li>{@link PlanKind#LUMP_SUM}: the whole price once, by {@code dueDate};</li>
 * <li>{@link PlanKind#INSTALMENTS}: two or more instalments, each positive, due on strictly later dates, summing
 * <em>exactly</em> to the price;</li>
 * <li>{@link PlanKind#ROYALTY}: a percentage ({@code royaltyRate}, 0 &lt; rate ≤ 100, up to four decimals) of a named base
 * ({@code royaltyBase}, e.g. 产品年销售收入); the price is the agreed contract amount the parties expect;</li>
 * <li>{@link PlanKind#ENTRY_FEE_ROYALTY}: an entry fee (入门费, positive, not above the price) due by {@code dueDate}, plus a
 * royalty as above.</li>
 * </ul>
 * Fields a kind does not use must be empty.
 */
public record PaymentPlan(PlanKind kind, LocalDate dueDate, List<Instalment> instalments, BigDecimal entryFee,
		BigDecimal royaltyRate, String royaltyBase) {

	public static final int ROYALTY_BASE_MAX = 200;
	public static final int INSTALMENTS_MAX = 60;
	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public PaymentPlan {
		instalments = instalments == null ? List.of() : List.copyOf(instalments);
		royaltyBase = royaltyBase == null || royaltyBase.isBlank() ? null : royaltyBase.strip();
	}

	public static PaymentPlan lumpSum(LocalDate dueDate) {
		return new PaymentPlan(PlanKind.LUMP_SUM, dueDate, List.of(), null, null, null);
	}

	public static PaymentPlan instalments(List<Instalment> instalments) {
		return new PaymentPlan(PlanKind.INSTALMENTS, null, instalments, null, null, null);
	}

	public static PaymentPlan royalty(BigDecimal rate, String base) {
		return new PaymentPlan(PlanKind.ROYALTY, null, List.of(), null, rate, base);
	}

	public static PaymentPlan entryFeeRoyalty(BigDecimal entryFee, LocalDate dueDate, BigDecimal rate, String base) {
		return new PaymentPlan(PlanKind.ENTRY_FEE_ROYALTY, dueDate, List.of(), entryFee, rate, base);
	}

	/** The plan's problems for this price, with field names under {@code prefix} (e.g. {@code plan.}). */
	public List<FieldViolation> check(BigDecimal price, String prefix) {
		List<FieldViolation> v = new ArrayList<>();
		if (kind == null) {
			v.add(FieldViolation.of(prefix + "kind", "validation.required"));
			return v;
		}
		boolean dueDateUsed = kind == PlanKind.LUMP_SUM || kind == PlanKind.ENTRY_FEE_ROYALTY;
		if (dueDateUsed && dueDate == null) {
			v.add(FieldViolation.of(prefix + "dueDate", "validation.required"));
		}
		if (!dueDateUsed && dueDate != null) {
			v.add(FieldViolation.of(prefix + "dueDate", "trading.plan.notForKind"));
		}
		if (kind == PlanKind.INSTALMENTS) {
			checkInstalments(price, prefix, v);
		}
		else if (!instalments.isEmpty()) {
			v.add(FieldViolation.of(prefix + "instalments", "trading.plan.notForKind"));
		}
		if (kind == PlanKind.ENTRY_FEE_ROYALTY) {
			if (entryFee == null) {
				v.add(FieldViolation.of(prefix + "entryFee", "validation.required"));
			}
			else if (!Money.isValid(entryFee)) {
				v.add(FieldViolation.of(prefix + "entryFee", "trading.amount.invalid"));
			}
			else if (price != null && entryFee.compareTo(price) > 0) {
				v.add(FieldViolation.of(prefix + "entryFee", "trading.plan.entryFeeAbovePrice", Money.text(price)));
			}
		}
		else if (entryFee != null) {
			v.add(FieldViolation.of(prefix + "entryFee", "trading.plan.notForKind"));
		}
		if (kind.hasRoyalty()) {
			if (royaltyRate == null) {
				v.add(FieldViolation.of(prefix + "royaltyRate", "validation.required"));
			}
			else if (royaltyRate.signum() <= 0 || royaltyRate.compareTo(HUNDRED) > 0
					|| royaltyRate.stripTrailingZeros().scale() > 4) {
				v.add(FieldViolation.of(prefix + "royaltyRate", "trading.plan.royaltyRate.invalid"));
			}
			if (royaltyBase == null) {
				v.add(FieldViolation.of(prefix + "royaltyBase", "validation.required"));
			}
			else if (royaltyBase.length() > ROYALTY_BASE_MAX) {
				v.add(FieldViolation.of(prefix + "royaltyBase", "validation.size.max", ROYALTY_BASE_MAX));
			}
		}
		else {
			if (royaltyRate != null) {
				v.add(FieldViolation.of(prefix + "royaltyRate", "trading.plan.notForKind"));
			}
			if (royaltyBase != null) {
				v.add(FieldViolation.of(prefix + "royaltyBase", "trading.plan.notForKind"));
			}
		}
		return v;
	}

	private void checkInstalments(BigDecimal price, String prefix, List<FieldViolation> v) {
		if (instalments.size() < 2) {
			v.add(FieldViolation.of(prefix + "instalments", "trading.plan.instalments.tooFew"));
			return;
		}
		if (instalments.size() > INSTALMENTS_MAX) {
			v.add(FieldViolation.of(prefix + "instalments", "trading.plan.instalments.tooMany", INSTALMENTS_MAX));
			return;
		}
		boolean amountsValid = true;
		LocalDate previous = null;
		for (int i = 0; i < instalments.size(); i++) {
			Instalment instalment = instalments.get(i);
			String field = prefix + "instalments[" + i + "]";
			if (instalment == null || !Money.isValid(instalment.amount())) {
				v.add(FieldViolation.of(field + ".amount", "trading.amount.invalid"));
				amountsValid = false;
			}
			LocalDate due = instalment == null ? null : instalment.dueDate();
			if (due == null) {
				v.add(FieldViolation.of(field + ".dueDate", "validation.required"));
			}
			else {
				if (previous != null && !due.isAfter(previous)) {
					v.add(FieldViolation.of(field + ".dueDate", "trading.plan.instalments.order"));
				}
				previous = due;
			}
		}
		if (amountsValid && price != null) {
			BigDecimal total = total();
			if (total.compareTo(price) != 0) {
				v.add(FieldViolation.of(prefix + "instalments", "trading.plan.instalments.sum", Money.text(total),
						Money.text(price)));
			}
		}
	}

	/** The sum of the instalments (zero for other kinds). */
	public BigDecimal total() {
		return instalments.stream()
			.map(i -> i == null || i.amount() == null ? BigDecimal.ZERO : i.amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	/** The same plan with every amount written with two decimals (call after {@link #check} found nothing). */
	public PaymentPlan normalised() {
		return new PaymentPlan(kind, dueDate,
				instalments.stream().map(i -> new Instalment(Money.normal(i.amount()), i.dueDate())).toList(),
				Money.normal(entryFee), royaltyRate == null ? null : royaltyRate.setScale(4, java.math.RoundingMode.UNNECESSARY),
				royaltyBase);
	}
}
