package org.opentechmarket.finance.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An insurance policy's lifecycle, every allowed transition in this one place: an {@code ISSUED} policy ends
 * {@code EXPIRED} (cover ran out), {@code CLAIMED} (a claim was paid) or {@code CANCELLED} (cancelled before or during
 * cover; cancelled policies do not count in the totals). A paid claim may still be followed by the end of cover.
 */
public enum PolicyStatus {
	ISSUED, CLAIMED, EXPIRED, CANCELLED;

	private static final Map<PolicyStatus, Set<PolicyStatus>> ALLOWED = Map.of(
			ISSUED, EnumSet.of(CLAIMED, EXPIRED, CANCELLED),
			CLAIMED, EnumSet.of(EXPIRED),
			EXPIRED, EnumSet.noneOf(PolicyStatus.class),
			CANCELLED, EnumSet.noneOf(PolicyStatus.class));

	public boolean canBecome(PolicyStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public List<PolicyStatus> next() {
		return List.copyOf(ALLOWED.get(this));
	}
}
