package org.opentechmarket.trading.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A formal offer's states, every allowed transition here: an {@code OPEN} offer is {@code ACCEPTED} or {@code REJECTED} by
 * the other side, {@code COUNTERED} when the other side makes a counter-offer, or {@code WITHDRAWN} when its own side replaces
 * it or the thread closes. An open offer past its validity date stays OPEN but can no longer be accepted.
 */
public enum OfferStatus {
	OPEN, ACCEPTED, REJECTED, COUNTERED, WITHDRAWN;

	private static final Map<OfferStatus, Set<OfferStatus>> ALLOWED = Map.of(
			OPEN, EnumSet.of(ACCEPTED, REJECTED, COUNTERED, WITHDRAWN),
			ACCEPTED, EnumSet.noneOf(OfferStatus.class),
			REJECTED, EnumSet.noneOf(OfferStatus.class),
			COUNTERED, EnumSet.noneOf(OfferStatus.class),
			WITHDRAWN, EnumSet.noneOf(OfferStatus.class));

	public boolean canBecome(OfferStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
