package org.opentechmarket.broker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ExitRuleTest {

	private final ExitRule twoYears = new ExitRule(2);

	@Test
	void twoConsecutiveFailedYearsRequireANotice() {
		assertThat(twoYears.requiresNotice(2025, Map.of(2024, false, 2025, false))).isTrue();
	}

	@Test
	void oneFailedYearDoesNot() {
		assertThat(twoYears.requiresNotice(2025, Map.of(2025, false))).isFalse();
		assertThat(twoYears.requiresNotice(2025, Map.of(2024, true, 2025, false))).isFalse();
		assertThat(twoYears.requiresNotice(2025, Map.of(2024, false, 2025, true))).isFalse();
	}

	@Test
	void aGapOrALaterYearBreaksTheRun() {
		assertThat(twoYears.requiresNotice(2025, Map.of(2023, false, 2025, false))).isFalse();
		// the rule looks at the evaluated year and the one before, not at later years
		assertThat(twoYears.requiresNotice(2024, Map.of(2024, false, 2025, false))).isFalse();
	}

	@Test
	void theNumberOfYearsIsConfigurable() {
		ExitRule three = new ExitRule(3);
		assertThat(three.requiresNotice(2025, Map.of(2024, false, 2025, false))).isFalse();
		assertThat(three.requiresNotice(2025, Map.of(2023, false, 2024, false, 2025, false))).isTrue();
		assertThatThrownBy(() -> new ExitRule(0)).isInstanceOf(IllegalArgumentException.class);
	}
}
