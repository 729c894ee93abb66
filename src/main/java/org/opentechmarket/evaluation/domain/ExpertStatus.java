package org.opentechmarket.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;

/** An expert's standing in the pool (dynamic adjustment, domain/people.md): the allowed moves are listed here only. */
public enum ExpertStatus {
	ACTIVE, SUSPENDED, RETIRED;

	public Set<ExpertStatus> next() {
		return switch (this) {
			case ACTIVE -> EnumSet.of(SUSPENDED, RETIRED);
			case SUSPENDED -> EnumSet.of(ACTIVE, RETIRED);
			case RETIRED -> EnumSet.noneOf(ExpertStatus.class);
		};
	}

	public boolean canMoveTo(ExpertStatus target) {
		return next().contains(target);
	}
}
