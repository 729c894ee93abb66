package org.opentechmarket.challenge;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a challenge, with every allowed transition in this one place (domain/demands.md §Challenges, plus the
 * light review every public call gets on this platform):
 * <pre>
 * DRAFT → SUBMITTED → POSTED | RETURNED;  RETURNED → SUBMITTED;  DRAFT → POSTED (administrators post for the market)
 * POSTED → APPLYING (the window opens) → REVIEWING (the window closes) → AWARDED → IN_PROGRESS → ACCEPTED | FAILED
 * every state before AWARDED → CANCELLED
 * </pre>
 */
public enum ChallengeStatus {
	DRAFT, SUBMITTED, RETURNED, POSTED, APPLYING, REVIEWING, AWARDED, IN_PROGRESS, ACCEPTED, FAILED, CANCELLED;

	private static final Map<ChallengeStatus, Set<ChallengeStatus>> ALLOWED = Map.ofEntries(
			Map.entry(DRAFT, EnumSet.of(SUBMITTED, POSTED, CANCELLED)),
			Map.entry(SUBMITTED, EnumSet.of(POSTED, RETURNED, CANCELLED)),
			Map.entry(RETURNED, EnumSet.of(SUBMITTED, CANCELLED)),
			Map.entry(POSTED, EnumSet.of(APPLYING, CANCELLED)),
			Map.entry(APPLYING, EnumSet.of(REVIEWING, CANCELLED)),
			Map.entry(REVIEWING, EnumSet.of(AWARDED, CANCELLED)),
			Map.entry(AWARDED, EnumSet.of(IN_PROGRESS)),
			Map.entry(IN_PROGRESS, EnumSet.of(ACCEPTED, FAILED)),
			Map.entry(ACCEPTED, EnumSet.noneOf(ChallengeStatus.class)),
			Map.entry(FAILED, EnumSet.noneOf(ChallengeStatus.class)),
			Map.entry(CANCELLED, EnumSet.noneOf(ChallengeStatus.class)));

	public boolean canBecome(ChallengeStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** The poster may change the content. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Shown on the public list and page (a cancelled challenge stays visible when it had been posted). */
	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

	/** The poster may still call it off. */
	public boolean isCancellable() {
		return canBecome(CANCELLED);
	}

	/** No further transition. */
	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}

	/** Awarded and after: winners, milestones, progress and acceptance. */
	public boolean isAwarded() {
		return this == AWARDED || this == IN_PROGRESS || this == ACCEPTED || this == FAILED;
	}

	private static final Set<ChallengeStatus> PUBLIC = EnumSet.of(POSTED, APPLYING, REVIEWING, AWARDED, IN_PROGRESS,
			ACCEPTED, FAILED);

	public static Set<ChallengeStatus> publicStatuses() {
		return EnumSet.copyOf(PUBLIC);
	}
}
