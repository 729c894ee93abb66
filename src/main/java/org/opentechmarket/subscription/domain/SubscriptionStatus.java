package org.opentechmarket.subscription.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A subscription's lifecycle, every allowed transition here: {@code ACTIVE ⇄ PAUSED}; {@code ACTIVE | PAUSED → ENDED} when
 * the followed need closes. Only ACTIVE subscriptions are matched. Deleting is not a state: the row goes.
 */
public enum SubscriptionStatus {
	ACTIVE, PAUSED, ENDED;

	private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> ALLOWED = Map.of(
			ACTIVE, EnumSet.of(PAUSED, ENDED),
			PAUSED, EnumSet.of(ACTIVE, ENDED),
			ENDED, EnumSet.noneOf(SubscriptionStatus.class));

	public boolean canBecome(SubscriptionStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
