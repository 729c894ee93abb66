package org.opentechmarket.achievement;

/** What other modules (matching, trading, statistics) see of a published achievement. */
public record AchievementSummary(long id, String title, String registrationNumber, AchievementCategory category,
		long holderOrganisationId, String holder, AchievementStatus status) {
}
