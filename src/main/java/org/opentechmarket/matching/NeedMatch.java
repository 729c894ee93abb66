package org.opentechmarket.matching;

/**
 * One open need ranked for an achievement (achievement → needs). The score and explanation are those of the pair seen from
 * the need (need → this achievement), so the same pair scores the same on the need's page and on the achievement's.
 *
 * @param needId the platform id of the need
 * @param score text relevance plus structured fit of the need → achievement pair (docs/architecture.md §Matching)
 * @param strong whether the score reaches the calibrated strong-match threshold
 */
public record NeedMatch(long needId, String title, double score, boolean strong, MatchExplanation why) {
}
