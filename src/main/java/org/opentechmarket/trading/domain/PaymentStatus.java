package org.opentechmarket.trading.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A payment's states (domain/trading.md §Deposits and money movement), every allowed transition here: the buyer records a
 * payment ({@code RECORDED}); the seller or an administrator {@code CONFIRMED}s it was received or {@code REJECTED}s it.
 * Only confirmed payments count toward the price.
 */
public enum PaymentStatus {
	RECORDED, CONFIRMED, REJECTED;

	private static final Map<PaymentStatus, Set<PaymentStatus>> ALLOWED = Map.of(
			RECORDED, EnumSet.of(CONFIRMED, REJECTED),
			CONFIRMED, EnumSet.noneOf(PaymentStatus.class),
			REJECTED, EnumSet.noneOf(PaymentStatus.class));

	public boolean canBecome(PaymentStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
