package org.opentechmarket.trading;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A deposit's states (domain/trading.md §Deposits), every allowed transition here:
 * {@code PENDING → CONFIRMED → RELEASED | APPLIED | FORFEITED}; a deposit never confirmed may be {@code RELEASED} (cancelled).
 */
public enum DepositStatus {
	PENDING, CONFIRMED, RELEASED, APPLIED, FORFEITED;

	private static final Map<DepositStatus, Set<DepositStatus>> ALLOWED = Map.of(
			PENDING, EnumSet.of(CONFIRMED, RELEASED),
			CONFIRMED, EnumSet.of(RELEASED, APPLIED, FORFEITED),
			RELEASED, EnumSet.noneOf(DepositStatus.class),
			APPLIED, EnumSet.noneOf(DepositStatus.class),
			FORFEITED, EnumSet.noneOf(DepositStatus.class));

	public boolean canBecome(DepositStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}
}
