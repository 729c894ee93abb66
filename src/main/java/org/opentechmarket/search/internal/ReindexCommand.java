package org.opentechmarket.search.internal;

import java.io.PrintStream;

import org.opentechmarket.platform.cli.CliCommand;
import org.opentechmarket.search.SearchIndex;
import org.springframework.stereotype.Component;

/** {@code java -jar opentechmarket.jar reindex}: rebuilds every search index from the database. */
@Component
class ReindexCommand implements CliCommand {

	private final SearchIndex index;

	ReindexCommand(SearchIndex index) {
		this.index = index;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String usage() {
		return "";
	}

	@Override
	public String description() {
		return "Drop and rebuild the search index from the database.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		long started = System.nanoTime();
		try {
			long[] last = { 0 };
			long count = index.reindexAll(done -> {
				if (done - last[0] >= 5000) {
					last[0] = done;
					out.printf("\rindexed %,d", done);
				}
			});
			out.printf("\rindexed %,d entities in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			out.println("interrupted");
			return 1;
		}
	}
}
