package org.opentechmarket.achievement;

/** 成果类型 (domain/achievements.md §Categories): the letter is the category part of the registration number. */
public enum AchievementCategory {
	APPLIED('Y'), BASIC('J'), SOFT('R');

	private final char letter;

	AchievementCategory(char letter) {
		this.letter = letter;
	}

	public char letter() {
		return letter;
	}
}
