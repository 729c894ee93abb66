package org.opentechmarket.matching;

/**
 * One ranked achievement for a need (or a similar achievement).
 *
 * @param achievementId the platform id (0 for documents of an offline corpus, which have only a key)
 * @param key the index key: the platform id as text, or the corpus id in the offline evaluation
 * @param score text relevance plus structured fit (docs/architecture.md §Matching)
 * @param strong whether the score reaches the calibrated strong-match threshold
 */
public record Match(long achievementId, String key, String title, double score, boolean strong, MatchExplanation why) {
}
