package org.opentechmarket.broker.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A broker's standing, with every allowed transition here: {@code ACTIVE → SUSPENDED} (the dynamic exit after two failed
 * evaluations, seed 000 §10), {@code SUSPENDED → ACTIVE} (reinstated by an administrator), and {@code ACTIVE | SUSPENDED →
 * WITHDRAWN} (the broker leaves; final).
 */
public enum BrokerStatus {
	ACTIVE, SUSPENDED, WITHDRAWN;

	private static final Map<BrokerStatus, Set<BrokerStatus>> ALLOWED = Map.of(
			ACTIVE, EnumSet.of(SUSPENDED, WITHDRAWN),
			SUSPENDED, EnumSet.of(ACTIVE, WITHDRAWN),
			WITHDRAWN, EnumSet.noneOf(BrokerStatus.class));

	public boolean canBecome(BrokerStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** Only active brokers take new attachments. */
	public boolean takesNewWork() {
		return this == ACTIVE;
	}
}
