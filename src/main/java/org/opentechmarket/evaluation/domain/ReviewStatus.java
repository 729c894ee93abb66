package org.opentechmarket.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/** A review's lifecycle: OPEN (panel invited, scoring) → CLOSED (scores final) → PUBLISHED; OPEN or CLOSED → CANCELLED. */
public enum ReviewStatus {
	OPEN, CLOSED, PUBLISHED, CANCELLED;

	public Set<ReviewStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(CLOSED, CANCELLED);
			case CLOSED -> EnumSet.of(PUBLISHED, CANCELLED);
			case PUBLISHED, CANCELLED -> EnumSet.noneOf(ReviewStatus.class);
		};
	}

	public boolean canMoveTo(ReviewStatus target) {
		return next().contains(target);
	}
}
