package org.opentechmarket.achievement.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opentechmarket.jar import achievements --format zjmarket|jsonl|xlsx [--holder-name N --holder-credit-code C]
 * [--region 330000] [--review] FILE}: imports all rows or none, as the platform administrator. Exit code 0 when imported,
 * 1 when rejected (the row-level report is printed, nothing changed) or failed, 2 for a usage error.
 */
@Component
class ImportAchievementsCommand implements CliCommand {

	static final int REPORT_LIMIT = 1000;

	private final AchievementTransfer transfer;
	private final CliSupport cli;

	ImportAchievementsCommand(AchievementTransfer transfer, CliSupport cli) {
		this.transfer = transfer;
		this.cli = cli;
	}

	@Override
	public String name() {
		return "import achievements";
	}

	@Override
	public String usage() {
		return "--format zjmarket|jsonl|xlsx [--holder-name NAME --holder-credit-code CODE] [--region 330000] [--review] FILE";
	}

	@Override
	public String description() {
		return "Import achievements, all rows or none: listings are published at once (--review: drafts for their holders); "
				+ "rows already imported are updated in place.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		CliSupport.Options options = CliSupport.Options.parse(args,
				Set.of("format", "holder-name", "holder-credit-code", "region"), Set.of("review"));
		if (options.positional().size() != 1) {
			throw new UsageException("Give exactly one FILE to import");
		}
		Path file = Path.of(options.positional().get(0));
		TransferFormat format = options.get("format") != null
				? TransferFormat.parse(options.get("format"))
					.orElseThrow(() -> new UsageException("Unknown format " + options.get("format")))
				: TransferFormat.fromFileName(file.toString())
					.orElseThrow(() -> new UsageException("Give --format zjmarket|jsonl|xlsx"));
		if (!Files.isRegularFile(file)) {
			out.println("No such file: " + file);
			return 1;
		}
		byte[] data;
		try {
			data = Files.readAllBytes(file);
		}
		catch (IOException e) {
			out.println("Cannot read " + file + ": " + e.getMessage());
			return 1;
		}
		CurrentUser admin = cli.administrator().orElse(null);
		if (admin == null) {
			out.println("No administrator account '" + cli.administratorName() + "' (otm.admin.username): start the platform once to create it");
			return 1;
		}
		ImportRequest request = new ImportRequest(format, file.getFileName().toString(), options.get("region"),
				options.flag("review"), options.get("holder-name"), options.get("holder-credit-code"));
		Progress progress = new Progress(out);
		ImportJob job = cli.asAdministrator(admin, () -> transfer.importAndWait(admin, request, data, progress::show));
		progress.done(job);
		return report(job, out);
	}

	private int report(ImportJob job, PrintStream out) {
		if (job.state() == ImportJob.State.SUCCEEDED) {
			out.printf(Locale.ROOT, "Imported %s (%s, %s): %,d rows: %,d created, %,d updated, %,d skipped in %.2f s (%,.0f rows/s)%n",
					job.fileName(), job.format().key(), job.mode(), job.rows(), job.created(), job.updated(), job.skipped(),
					job.seconds(), job.seconds() > 0 ? job.rows() / job.seconds() : 0.0);
			return 0;
		}
		if (job.rejected()) {
			long rows = job.errors().stream().map(RowError::row).distinct().count();
			out.printf(Locale.ROOT, "Import rejected: %,d errors in %,d rows. Nothing was changed.%n", job.errors().size(), rows);
			job.errors().stream().limit(REPORT_LIMIT).forEach(e -> out.printf(Locale.ROOT, "  %-9s %-28s %s%n",
					e.row() > 0 ? "row " + e.row() : "file", e.field(), cli.english(e)));
			if (job.errors().size() > REPORT_LIMIT) {
				out.printf(Locale.ROOT, "  … and %,d more%n", job.errors().size() - REPORT_LIMIT);
			}
			return 1;
		}
		out.println("Import failed: " + job.failure() + ". Nothing was changed.");
		return 1;
	}

	/** One {@code \r}-updated progress line, at most every 100 ms; it ends with a newline when the job is done. */
	private static final class Progress {

		private final PrintStream out;
		private long last;
		private boolean open;

		Progress(PrintStream out) {
			this.out = out;
		}

		synchronized void show(ImportJob job) {
			boolean finished = job.state().finished();
			long now = System.nanoTime();
			if (!finished && now - last < 100_000_000L) {
				return;
			}
			last = now;
			out.printf(Locale.ROOT, "\rrows validated %,d / %,d · rows written %,d / %,d", job.validatedRows(), job.rows(),
					job.writtenRows(), job.rows());
			open = true;
			if (finished) {
				done(job);
			}
			out.flush();
		}

		synchronized void done(ImportJob job) {
			if (open) {
				out.println();
				open = false;
			}
		}
	}
}
