package org.opentechmarket.matching.internal;

import java.io.PrintStream;

import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.stereotype.Component;

/** {@code java -jar opentechmarket.jar reindex matching}: rebuilds the match index from the registry. */
@Component
class ReindexMatchingCommand implements CliCommand {

	private final IndexedMatcher matcher;

	ReindexMatchingCommand(IndexedMatcher matcher) {
		this.matcher = matcher;
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
		return "Drop and rebuild the match index (供需对接) from the published achievements.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		long started = System.nanoTime();
		long count = matcher.rebuild();
		out.printf("indexed %,d published achievements for matching in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
		return 0;
	}
}
