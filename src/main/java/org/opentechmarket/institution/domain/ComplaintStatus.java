package org.opentechmarket.institution.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** RECEIVED → INVESTIGATING → UPHELD / DISMISSED (an administrator may also decide straight from RECEIVED). */
public enum ComplaintStatus {
	RECEIVED, INVESTIGATING, UPHELD, DISMISSED;

	private static final Map<ComplaintStatus, Set<ComplaintStatus>> ALLOWED = Map.of(
			RECEIVED, EnumSet.of(INVESTIGATING, UPHELD, DISMISSED),
			INVESTIGATING, EnumSet.of(UPHELD, DISMISSED),
			UPHELD, EnumSet.noneOf(ComplaintStatus.class),
			DISMISSED, EnumSet.noneOf(ComplaintStatus.class));

	public boolean canMoveTo(ComplaintStatus target) {
		return ALLOWED.get(this).contains(target);
	}

	public boolean isOpen() {
		return this == RECEIVED || this == INVESTIGATING;
	}

	/** A decision ends the complaint and is sent to the complainant with its reason. */
	public boolean isDecision() {
		return this == UPHELD || this == DISMISSED;
	}
}
