package org.opentechmarket.finance.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loan's lifecycle, with every allowed transition in this one place: {@code APPLIED → APPROVED → DISBURSED → REPAID};
 * an application or an approval not yet paid out may be {@code REJECTED}; a disbursed loan not repaid becomes
 * {@code DEFAULTED}. REPAID, REJECTED and DEFAULTED are final.
 */
public enum LoanStatus {
	APPLIED, APPROVED, DISBURSED, REPAID, REJECTED, DEFAULTED;

	private static final Map<LoanStatus, Set<LoanStatus>> ALLOWED = Map.of(
			APPLIED, EnumSet.of(APPROVED, REJECTED),
			APPROVED, EnumSet.of(DISBURSED, REJECTED),
			DISBURSED, EnumSet.of(REPAID, DEFAULTED),
			REPAID, EnumSet.noneOf(LoanStatus.class),
			REJECTED, EnumSet.noneOf(LoanStatus.class),
			DEFAULTED, EnumSet.noneOf(LoanStatus.class));

	public boolean canBecome(LoanStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** The statuses this one may move to, in declaration order (for the action buttons). */
	public List<LoanStatus> next() {
		return List.copyOf(ALLOWED.get(this));
	}

	/** The money was paid out (the loan counts in the finance totals). */
	public boolean wasDisbursed() {
		return this == DISBURSED || this == REPAID || this == DEFAULTED;
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}
}
