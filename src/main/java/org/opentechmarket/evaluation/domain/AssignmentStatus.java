package org.opentechmarket.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * One expert's place on a panel: INVITED → ACCEPTED → SUBMITTED; INVITED → DECLINED or EXPIRED (unanswered); INVITED or
 * ACCEPTED → WITHDRAWN when the review is cancelled.
 */
public enum AssignmentStatus {
	INVITED, ACCEPTED, SUBMITTED, DECLINED, EXPIRED, WITHDRAWN;

	public Set<AssignmentStatus> next() {
		return switch (this) {
			case INVITED -> EnumSet.of(ACCEPTED, DECLINED, EXPIRED, WITHDRAWN);
			case ACCEPTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED, DECLINED, EXPIRED, WITHDRAWN -> EnumSet.noneOf(AssignmentStatus.class);
		};
	}

	public boolean canMoveTo(AssignmentStatus target) {
		return next().contains(target);
	}

	/** Holds a seat on the panel (a declined or expired one leaves a seat to refill). */
	public boolean holdsSeat() {
		return this == INVITED || this == ACCEPTED || this == SUBMITTED;
	}
}
