package org.opentechmarket.matching.internal;

import java.time.Clock;

import org.opentechmarket.matching.domain.MatchingProperties;
import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchIndex;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The production match index lives under {@code <data-dir>/matching}; it is opened on first use only, so commands that never
 * match (and the offline evaluation) leave it untouched.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	MatchIndex matchIndex(PlatformProperties platform, MatchWeights weights, MatchingProperties properties) {
		return MatchIndex.open(platform.dataPath("matching"), weights.k1(), weights.b(), properties.effectiveSearchThreads());
	}

	@Bean
	@Lazy
	MatchEngine matchEngine(MatchIndex index, MatchWeights weights, CodeTables codes, Clock clock) {
		return new MatchEngine(index, weights, codes, clock);
	}
}
