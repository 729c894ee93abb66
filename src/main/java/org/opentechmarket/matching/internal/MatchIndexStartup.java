package org.opentechmarket.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a server start with an empty match index (first start, deleted index), fills it from the registry. */
@Component
@Profile("!cli")
@Order(90)
class MatchIndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MatchIndexStartup.class);

	private final IndexedMatcher matcher;

	MatchIndexStartup(IndexedMatcher matcher) {
		this.matcher = matcher;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (matcher.isEmpty()) {
			long started = System.nanoTime();
			long count = matcher.rebuild();
			log.info("Match index built: {} published achievements in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		}
	}
}
