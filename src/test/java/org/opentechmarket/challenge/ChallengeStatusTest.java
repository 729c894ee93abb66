package org.opentechmarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The lifecycle of domain/demands.md §Challenges, with the light review added before POSTED. */
class ChallengeStatusTest {

	@Test
	void theSelectionRunsInOrder() {
		assertThat(ChallengeStatus.DRAFT.canBecome(ChallengeStatus.SUBMITTED)).isTrue();
		assertThat(ChallengeStatus.SUBMITTED.canBecome(ChallengeStatus.POSTED)).isTrue();
		assertThat(ChallengeStatus.SUBMITTED.canBecome(ChallengeStatus.RETURNED)).isTrue();
		assertThat(ChallengeStatus.RETURNED.canBecome(ChallengeStatus.SUBMITTED)).isTrue();
		assertThat(ChallengeStatus.POSTED.canBecome(ChallengeStatus.APPLYING)).isTrue();
		assertThat(ChallengeStatus.APPLYING.canBecome(ChallengeStatus.REVIEWING)).isTrue();
		assertThat(ChallengeStatus.REVIEWING.canBecome(ChallengeStatus.AWARDED)).isTrue();
		assertThat(ChallengeStatus.AWARDED.canBecome(ChallengeStatus.IN_PROGRESS)).isTrue();
		assertThat(ChallengeStatus.IN_PROGRESS.canBecome(ChallengeStatus.ACCEPTED)).isTrue();
		assertThat(ChallengeStatus.IN_PROGRESS.canBecome(ChallengeStatus.FAILED)).isTrue();
		// administrators post for the market without the light review
		assertThat(ChallengeStatus.DRAFT.canBecome(ChallengeStatus.POSTED)).isTrue();
	}

	@Test
	void noStepIsSkipped() {
		assertThat(ChallengeStatus.DRAFT.canBecome(ChallengeStatus.APPLYING)).isFalse();
		assertThat(ChallengeStatus.POSTED.canBecome(ChallengeStatus.REVIEWING)).isFalse();
		assertThat(ChallengeStatus.APPLYING.canBecome(ChallengeStatus.AWARDED)).isFalse();
		assertThat(ChallengeStatus.REVIEWING.canBecome(ChallengeStatus.IN_PROGRESS)).isFalse();
		assertThat(ChallengeStatus.AWARDED.canBecome(ChallengeStatus.ACCEPTED)).isFalse();
		assertThat(ChallengeStatus.RETURNED.canBecome(ChallengeStatus.POSTED)).isFalse();
		assertThat(ChallengeStatus.IN_PROGRESS.canBecome(ChallengeStatus.REVIEWING)).isFalse();
	}

	@Test
	void cancellingIsPossibleExactlyBeforeTheAward() {
		EnumSet<ChallengeStatus> before = EnumSet.of(ChallengeStatus.DRAFT, ChallengeStatus.SUBMITTED,
				ChallengeStatus.RETURNED, ChallengeStatus.POSTED, ChallengeStatus.APPLYING, ChallengeStatus.REVIEWING);
		for (ChallengeStatus s : ChallengeStatus.values()) {
			assertThat(s.isCancellable()).as(s.name()).isEqualTo(before.contains(s));
		}
	}

	@Test
	void endsAreFinalAndOnlyPostedCallsArePublic() {
		assertThat(EnumSet.allOf(ChallengeStatus.class).stream().filter(ChallengeStatus::isFinal))
			.containsExactlyInAnyOrder(ChallengeStatus.ACCEPTED, ChallengeStatus.FAILED, ChallengeStatus.CANCELLED);
		assertThat(ChallengeStatus.publicStatuses()).doesNotContain(ChallengeStatus.DRAFT, ChallengeStatus.SUBMITTED,
				ChallengeStatus.RETURNED, ChallengeStatus.CANCELLED);
		assertThat(ChallengeStatus.DRAFT.isEditable()).isTrue();
		assertThat(ChallengeStatus.RETURNED.isEditable()).isTrue();
		assertThat(ChallengeStatus.SUBMITTED.isEditable()).isFalse();
		assertThat(ChallengeStatus.POSTED.isEditable()).isFalse();
	}
}
