package org.opentechmarket.achievement;

/** Published after the notice period (or directly, for imports and revisions): matching and statistics listen. */
public record AchievementPublished(long achievementId, String registrationNumber, long holderOrganisationId) {
}
