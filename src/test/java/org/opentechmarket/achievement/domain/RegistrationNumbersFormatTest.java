package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementCategory;

/** 登记号: 3-digit region + 4-digit year + category letter + 4-digit sequence (domain/achievements.md). */
class RegistrationNumbersFormatTest {

	@Test
	void prefixIsRegionYearAndCategoryLetter() {
		assertThat(RegistrationNumbers.prefix("330106", 2026, AchievementCategory.APPLIED)).isEqualTo("3302026Y");
		assertThat(RegistrationNumbers.prefix("330106", 2026, AchievementCategory.BASIC)).isEqualTo("3302026J");
		assertThat(RegistrationNumbers.prefix("330203", 2027, AchievementCategory.SOFT)).isEqualTo("3302027R");
		assertThat(RegistrationNumbers.prefix("110108", 2026, AchievementCategory.APPLIED)).isEqualTo("1102026Y");
	}

	@Test
	void missingOrShortRegionFallsBackToZeros() {
		assertThat(RegistrationNumbers.prefix(null, 2026, AchievementCategory.APPLIED)).isEqualTo("0002026Y");
		assertThat(RegistrationNumbers.prefix("33", 2026, AchievementCategory.SOFT)).isEqualTo("0002026R");
	}

	@Test
	void formatPadsTheSequenceToFourDigits() {
		String prefix = RegistrationNumbers.prefix("330106", 2026, AchievementCategory.APPLIED);
		assertThat(RegistrationNumbers.format(prefix, 42)).isEqualTo("3302026Y0042");
		assertThat(RegistrationNumbers.format(prefix, 1)).isEqualTo("3302026Y0001");
		assertThat(RegistrationNumbers.format(prefix, 9999)).isEqualTo("3302026Y9999");
		assertThat(RegistrationNumbers.format(prefix, 42)).hasSize(12).matches("^\\d{7}[YJR]\\d{4}$");
	}

	@Test
	void sequenceAndPrefixAreReadBack() {
		assertThat(RegistrationNumbers.sequenceOf("3302026Y0042")).isEqualTo(42);
		assertThat(RegistrationNumbers.sequenceOf("3302026J9999")).isEqualTo(9999);
		assertThat(RegistrationNumbers.sequenceOf("3302026R0001")).isEqualTo(1);
		assertThat(RegistrationNumbers.prefixOf("3302026Y0042")).isEqualTo("3302026Y");
		for (int n : new int[] { 1, 9, 10, 99, 100, 999, 1000, 4321, 9999 }) {
			String number = RegistrationNumbers.format("3302026Y", n);
			assertThat(RegistrationNumbers.sequenceOf(number)).isEqualTo(n);
			assertThat(RegistrationNumbers.prefixOf(number)).isEqualTo("3302026Y");
		}
	}

	@Test
	void categoryLettersFollowTheNationalForm() {
		assertThat(AchievementCategory.APPLIED.letter()).isEqualTo('Y');
		assertThat(AchievementCategory.BASIC.letter()).isEqualTo('J');
		assertThat(AchievementCategory.SOFT.letter()).isEqualTo('R');
	}
}
