package org.opentechmarket.listing.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A buyer's intent to buy a listing, every allowed transition here: registered {@code PENDING_DEPOSIT} until the deposit is
 * confirmed ({@code QUALIFIED}); the buyer may {@code WITHDRAW} before the period ends. At the close a buyer without a deposit
 * confirmed within the period {@code LAPSED} (its deposit is released); the one qualified buyer becomes the {@code BUYER}; two
 * or more qualified buyers are {@code ADMITTED} to the auction or tender among them.
 */
public enum IntentStatus {
	PENDING_DEPOSIT, QUALIFIED, WITHDRAWN, LAPSED, BUYER, ADMITTED;

	private static final Map<IntentStatus, Set<IntentStatus>> ALLOWED = Map.of(
			PENDING_DEPOSIT, EnumSet.of(QUALIFIED, WITHDRAWN, LAPSED),
			// a deposit confirmed after the period ended does not qualify: the close lapses the intent
			QUALIFIED, EnumSet.of(WITHDRAWN, LAPSED, BUYER, ADMITTED),
			WITHDRAWN, EnumSet.noneOf(IntentStatus.class),
			LAPSED, EnumSet.noneOf(IntentStatus.class),
			BUYER, EnumSet.noneOf(IntentStatus.class),
			ADMITTED, EnumSet.noneOf(IntentStatus.class));

	public boolean canBecome(IntentStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}

	/** Still in the running while the listing is open. */
	public boolean isActive() {
		return this == PENDING_DEPOSIT || this == QUALIFIED;
	}
}
