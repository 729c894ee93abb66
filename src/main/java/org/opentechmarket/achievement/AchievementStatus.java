package org.opentechmarket.achievement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The registration lifecycle (domain/achievements.md §Lifecycle), with every allowed transition in this one place:
 * {@code DRAFT → SUBMITTED → (RETURNED ↺ SUBMITTED) → IN_NOTICE → PUBLISHED → CONVERTED}; {@code SUBMITTED → REJECTED};
 * any open state → {@code WITHDRAWN}; a published version is {@code SUPERSEDED} when its approved revision is published.
 */
public enum AchievementStatus {
	DRAFT, SUBMITTED, RETURNED, REJECTED, IN_NOTICE, PUBLISHED, CONVERTED, WITHDRAWN, SUPERSEDED;

	private static final Map<AchievementStatus, Set<AchievementStatus>> ALLOWED = Map.of(
			DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
			// a revision of a published achievement, or an admin import, goes from SUBMITTED straight to PUBLISHED
			SUBMITTED, EnumSet.of(RETURNED, REJECTED, IN_NOTICE, PUBLISHED, WITHDRAWN),
			RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
			// an upheld objection sends the registration back to its holder
			IN_NOTICE, EnumSet.of(PUBLISHED, RETURNED, WITHDRAWN),
			PUBLISHED, EnumSet.of(CONVERTED, WITHDRAWN, SUPERSEDED),
			CONVERTED, EnumSet.of(SUPERSEDED),
			REJECTED, EnumSet.noneOf(AchievementStatus.class),
			WITHDRAWN, EnumSet.noneOf(AchievementStatus.class),
			SUPERSEDED, EnumSet.noneOf(AchievementStatus.class));

	public boolean canBecome(AchievementStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** The holder may change the content. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Visible to the public catalogue and search. */
	public boolean isPublic() {
		return this == PUBLISHED || this == CONVERTED;
	}

	public static Set<AchievementStatus> publicStatuses() {
		return EnumSet.of(PUBLISHED, CONVERTED);
	}
}
