package org.opentechmarket.matching.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matching is shown and kept current ({@code otm.matching.service.*}); the ranking's own numbers are
 * {@link org.opentechmarket.matching.engine.MatchWeights}. Defaults and their reasons in application.yml and
 * docs/configuration.md.
 *
 * @param shown matches computed for a need page and the API (the strong ones are all shown)
 * @param weakerShown weaker candidates (below the strong threshold) shown collapsed under the strong ones
 * @param needsShown needs shown on an achievement's page
 * @param similarShown similar achievements shown on an achievement's page
 * @param reverseCandidates open needs taken from the needs index per achievement and re-scored as need → achievement pairs
 * @param pairsPerNeed matches of each open need examined for strong pairs (gap view, brokers' pairs)
 * @param coverageInterval how often the coverage job recomputes the strong matches of needs marked for it
 * @param coverageBatch needs recomputed per transaction by the coverage job
 * @param brokerPairsShown pairs listed on a broker's page
 * @param excerptLength characters of an abstract shown around its first matched term
 * @param searchThreads threads one search of a large match index (≥ 100,000 achievements) is split over, the request's own
 * included; 0: one per processor, at most 4. The index is compacted into as many segments after a rebuild.
 */
@ConfigurationProperties("otm.matching.service")
public record MatchingProperties(@DefaultValue("20") int shown, @DefaultValue("5") int weakerShown,
		@DefaultValue("10") int needsShown, @DefaultValue("6") int similarShown, @DefaultValue("30") int reverseCandidates,
		@DefaultValue("20") int pairsPerNeed, @DefaultValue("PT1M") Duration coverageInterval,
		@DefaultValue("100") int coverageBatch, @DefaultValue("30") int brokerPairsShown,
		@DefaultValue("160") int excerptLength, @DefaultValue("0") int searchThreads) {

	/** {@link #searchThreads()}, with 0 resolved for this machine. */
	public int effectiveSearchThreads() {
		return searchThreads > 0 ? searchThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
	}
}
