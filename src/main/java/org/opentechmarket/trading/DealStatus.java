package org.opentechmarket.trading;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The deal lifecycle (domain/trading.md §Deal), every allowed transition here:
 * {@code AGREED → CONTRACT_SIGNED → IN_PAYMENT → COMPLETED}; any state before the end → {@code TERMINATED} with a reason.
 */
public enum DealStatus {
	AGREED, CONTRACT_SIGNED, IN_PAYMENT, COMPLETED, TERMINATED;

	private static final Map<DealStatus, Set<DealStatus>> ALLOWED = Map.of(
			AGREED, EnumSet.of(CONTRACT_SIGNED, TERMINATED),
			CONTRACT_SIGNED, EnumSet.of(IN_PAYMENT, COMPLETED, TERMINATED),
			IN_PAYMENT, EnumSet.of(COMPLETED, TERMINATED),
			COMPLETED, EnumSet.noneOf(DealStatus.class),
			TERMINATED, EnumSet.noneOf(DealStatus.class));

	public boolean canBecome(DealStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}
}
