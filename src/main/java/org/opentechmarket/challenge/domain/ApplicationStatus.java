package org.opentechmarket.challenge.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An application's lifecycle, every transition in one place: {@code SUBMITTED → WITHDRAWN → SUBMITTED} (while the window is
 * open), {@code SUBMITTED → UNDER_REVIEW → REVIEWED → AWARDED | NOT_AWARDED}.
 */
public enum ApplicationStatus {
	SUBMITTED, WITHDRAWN, UNDER_REVIEW, REVIEWED, AWARDED, NOT_AWARDED;

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
			SUBMITTED, EnumSet.of(WITHDRAWN, UNDER_REVIEW),
			WITHDRAWN, EnumSet.of(SUBMITTED),
			UNDER_REVIEW, EnumSet.of(REVIEWED),
			REVIEWED, EnumSet.of(AWARDED, NOT_AWARDED),
			AWARDED, EnumSet.noneOf(ApplicationStatus.class),
			NOT_AWARDED, EnumSet.noneOf(ApplicationStatus.class));

	public boolean canBecome(ApplicationStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** Takes part in the selection (not withdrawn). */
	public boolean isActive() {
		return this != WITHDRAWN;
	}
}
