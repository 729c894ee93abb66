package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentechmarket.achievement.AchievementStatus.CONVERTED;
import static org.opentechmarket.achievement.AchievementStatus.DRAFT;
import static org.opentechmarket.achievement.AchievementStatus.IN_NOTICE;
import static org.opentechmarket.achievement.AchievementStatus.PUBLISHED;
import static org.opentechmarket.achievement.AchievementStatus.REJECTED;
import static org.opentechmarket.achievement.AchievementStatus.RETURNED;
import static org.opentechmarket.achievement.AchievementStatus.SUBMITTED;
import static org.opentechmarket.achievement.AchievementStatus.SUPERSEDED;
import static org.opentechmarket.achievement.AchievementStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentechmarket.achievement.AchievementStatus;

/** The lifecycle of domain/achievements.md §Lifecycle, transition by transition. */
class AchievementStatusTest {

	/** The whole allowed-transition table: anything not listed here must be refused. */
	private static final Map<AchievementStatus, Set<AchievementStatus>> EXPECTED = Map.of(
			DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
			SUBMITTED, EnumSet.of(RETURNED, REJECTED, IN_NOTICE, PUBLISHED, WITHDRAWN),
			RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
			IN_NOTICE, EnumSet.of(PUBLISHED, RETURNED, WITHDRAWN),
			PUBLISHED, EnumSet.of(CONVERTED, WITHDRAWN, SUPERSEDED),
			CONVERTED, EnumSet.of(SUPERSEDED),
			REJECTED, EnumSet.noneOf(AchievementStatus.class),
			WITHDRAWN, EnumSet.noneOf(AchievementStatus.class),
			SUPERSEDED, EnumSet.noneOf(AchievementStatus.class));

	static Stream<Arguments> allowed() {
		return Stream.of(
				Arguments.of(DRAFT, SUBMITTED), Arguments.of(SUBMITTED, RETURNED), Arguments.of(RETURNED, SUBMITTED),
				Arguments.of(SUBMITTED, IN_NOTICE), Arguments.of(SUBMITTED, REJECTED), Arguments.of(IN_NOTICE, PUBLISHED),
				Arguments.of(IN_NOTICE, RETURNED), Arguments.of(PUBLISHED, CONVERTED), Arguments.of(PUBLISHED, SUPERSEDED),
				Arguments.of(CONVERTED, SUPERSEDED), Arguments.of(SUBMITTED, PUBLISHED),
				Arguments.of(DRAFT, WITHDRAWN), Arguments.of(SUBMITTED, WITHDRAWN), Arguments.of(RETURNED, WITHDRAWN),
				Arguments.of(IN_NOTICE, WITHDRAWN), Arguments.of(PUBLISHED, WITHDRAWN));
	}

	static Stream<Arguments> forbidden() {
		return Stream.of(
				// skipping review or notice
				Arguments.of(DRAFT, IN_NOTICE), Arguments.of(DRAFT, PUBLISHED), Arguments.of(DRAFT, CONVERTED),
				Arguments.of(RETURNED, IN_NOTICE), Arguments.of(RETURNED, PUBLISHED),
				// only a submitted registration is rejected
				Arguments.of(DRAFT, REJECTED), Arguments.of(IN_NOTICE, REJECTED), Arguments.of(PUBLISHED, REJECTED),
				// no way back
				Arguments.of(SUBMITTED, DRAFT), Arguments.of(IN_NOTICE, SUBMITTED), Arguments.of(PUBLISHED, IN_NOTICE),
				Arguments.of(PUBLISHED, DRAFT), Arguments.of(CONVERTED, PUBLISHED), Arguments.of(IN_NOTICE, CONVERTED),
				// terminal states
				Arguments.of(REJECTED, SUBMITTED), Arguments.of(REJECTED, WITHDRAWN), Arguments.of(WITHDRAWN, DRAFT),
				Arguments.of(WITHDRAWN, SUBMITTED), Arguments.of(SUPERSEDED, PUBLISHED), Arguments.of(SUPERSEDED, WITHDRAWN),
				// only a public version is superseded
				Arguments.of(DRAFT, SUPERSEDED), Arguments.of(IN_NOTICE, SUPERSEDED),
				// no self-loops
				Arguments.of(DRAFT, DRAFT), Arguments.of(PUBLISHED, PUBLISHED));
	}

	@ParameterizedTest(name = "{0} → {1} allowed")
	@MethodSource("allowed")
	void allowedTransitions(AchievementStatus from, AchievementStatus to) {
		assertThat(from.canBecome(to)).isTrue();
	}

	@ParameterizedTest(name = "{0} → {1} refused")
	@MethodSource("forbidden")
	void forbiddenTransitions(AchievementStatus from, AchievementStatus to) {
		assertThat(from.canBecome(to)).isFalse();
	}

	@Test
	void transitionTableIsExactlyTheDocumentedOne() {
		for (AchievementStatus from : AchievementStatus.values()) {
			for (AchievementStatus to : AchievementStatus.values()) {
				assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(EXPECTED.get(from).contains(to));
			}
		}
	}

	@Test
	void terminalStatesLeadNowhere() {
		for (AchievementStatus terminal : EnumSet.of(REJECTED, WITHDRAWN, SUPERSEDED)) {
			assertThat(EnumSet.allOf(AchievementStatus.class)).noneMatch(terminal::canBecome);
		}
	}

	@Test
	void onlyDraftAndReturnedAreEditable() {
		assertThat(EnumSet.allOf(AchievementStatus.class).stream().filter(AchievementStatus::isEditable))
			.containsExactlyInAnyOrder(DRAFT, RETURNED);
	}

	@Test
	void onlyPublishedAndConvertedArePublic() {
		assertThat(EnumSet.allOf(AchievementStatus.class).stream().filter(AchievementStatus::isPublic))
			.containsExactlyInAnyOrder(PUBLISHED, CONVERTED);
		assertThat(AchievementStatus.publicStatuses()).containsExactlyInAnyOrder(PUBLISHED, CONVERTED);
		assertThat(IN_NOTICE.isPublic()).isFalse();
		assertThat(SUPERSEDED.isPublic()).isFalse();
	}

	@Test
	void publicStatusesIsADefensiveCopy() {
		AchievementStatus.publicStatuses().add(DRAFT);
		assertThat(AchievementStatus.publicStatuses()).doesNotContain(DRAFT);
	}
}
