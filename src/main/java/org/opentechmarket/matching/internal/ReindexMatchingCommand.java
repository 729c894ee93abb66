package org.opentechmarket.matching.internal;

import java.io.PrintStream;

import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opentechmarket.jar reindex matching}: rebuilds both match indexes (published achievements, open needs)
 * from the registries and recomputes the strong matches of every open need.
 */
@Component
class ReindexMatchingCommand implements CliCommand {

	private final IndexedMatcher matcher;
	private final OpenNeedsIndex openNeeds;
	private final NeedCoverage coverage;

	ReindexMatchingCommand(IndexedMatcher matcher, OpenNeedsIndex openNeeds, NeedCoverage coverage) {
		this.matcher = matcher;
		this.openNeeds = openNeeds;
		this.coverage = coverage;
	}

	@Override
	public String name() {
		return "reindex matching";
	}

	@Override
	public String usage() {
		return "";
	}

	@Override
	public String description() {
		return "Drop and rebuild the match indexes (供需对接) from the published achievements and the open needs, "
				+ "and recompute the open needs' strong matches.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		long started = System.nanoTime();
		long count = matcher.rebuild();
		out.printf("indexed %,d published achievements for matching in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		long needs = openNeeds.rebuild();
		out.printf("indexed %,d open needs for matching in %.1f s%n", needs, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		coverage.resync(true);
		int computed = coverage.drain();
		out.printf("strong matches recomputed for %,d open needs in %.1f s%n", computed, (System.nanoTime() - started) / 1e9);
		return 0;
	}
}
