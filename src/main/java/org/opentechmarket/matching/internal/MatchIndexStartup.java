package org.opentechmarket.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a server start with an empty match index (first start, deleted index), fills it from the registry; the same for the
 * open-needs index. Then makes the coverage rows follow the open needs, every need's strong matches due again: publications
 * noted but not processed before the server stopped, or made while the index was being rebuilt, are not lost (the coverage
 * job computes them in the background shortly after start).
 */
@Component
@Profile("!cli")
@Order(90)
class MatchIndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MatchIndexStartup.class);

	private final IndexedMatcher matcher;
	private final OpenNeedsIndex openNeeds;
	private final NeedCoverage coverage;

	MatchIndexStartup(IndexedMatcher matcher, OpenNeedsIndex openNeeds, NeedCoverage coverage) {
		this.matcher = matcher;
		this.openNeeds = openNeeds;
		this.coverage = coverage;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (matcher.isEmpty()) {
			long started = System.nanoTime();
			long count = matcher.rebuild();
			log.info("Match index built: {} published achievements in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		}
		if (openNeeds.isEmpty()) {
			long count = openNeeds.rebuild();
			log.info("Open-needs match index built: {} open needs", count);
		}
		coverage.resync(true);
	}
}
