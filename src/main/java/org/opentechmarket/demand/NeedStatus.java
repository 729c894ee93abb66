package org.opentechmarket.demand;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a technology need, with every allowed transition in this one place:
 * {@code DRAFT → SUBMITTED → OPEN | RETURNED}, {@code RETURNED → SUBMITTED}, {@code OPEN → IN_TALKS},
 * {@code OPEN | IN_TALKS → SOLVED | EXPIRED}; any state before an end → {@code WITHDRAWN}.
 */
public enum NeedStatus {
	DRAFT, SUBMITTED, RETURNED, OPEN, IN_TALKS, SOLVED, EXPIRED, WITHDRAWN;

	private static final Map<NeedStatus, Set<NeedStatus>> ALLOWED = Map.of(
			DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
			SUBMITTED, EnumSet.of(OPEN, RETURNED, WITHDRAWN),
			RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
			OPEN, EnumSet.of(IN_TALKS, SOLVED, EXPIRED, WITHDRAWN),
			IN_TALKS, EnumSet.of(SOLVED, EXPIRED, WITHDRAWN),
			SOLVED, EnumSet.noneOf(NeedStatus.class),
			EXPIRED, EnumSet.noneOf(NeedStatus.class),
			WITHDRAWN, EnumSet.noneOf(NeedStatus.class));

	public boolean canBecome(NeedStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** The poster may change the content. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Shown in the public catalogue; counterparts may ask to talk. */
	public boolean isPublic() {
		return this == OPEN || this == IN_TALKS;
	}

	/** No further transition. */
	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}

	public static Set<NeedStatus> publicStatuses() {
		return EnumSet.of(OPEN, IN_TALKS);
	}
}
