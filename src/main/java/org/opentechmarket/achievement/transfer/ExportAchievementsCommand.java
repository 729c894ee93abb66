package org.opentechmarket.achievement.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.stereotype.Component;

/** {@code java -jar opentechmarket.jar export achievements --format jsonl|xlsx FILE}: the public catalogue, re-importable. */
@Component
class ExportAchievementsCommand implements CliCommand {

	private final AchievementTransfer transfer;
	private final CliSupport cli;

	ExportAchievementsCommand(AchievementTransfer transfer, CliSupport cli) {
		this.transfer = transfer;
		this.cli = cli;
	}

	@Override
	public String name() {
		return "export achievements";
	}

	@Override
	public String usage() {
		return "--format jsonl|xlsx FILE";
	}

	@Override
	public String description() {
		return "Export the published achievements (PUBLISHED, CONVERTED) in a form an import reads back.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		CliSupport.Options options = CliSupport.Options.parse(args, Set.of("format"), Set.of());
		if (options.positional().size() != 1) {
			throw new UsageException("Give exactly one FILE to write");
		}
		Path file = Path.of(options.positional().get(0)).toAbsolutePath();
		TransferFormat format = options.get("format") != null
				? TransferFormat.parse(options.get("format")).filter(TransferFormat::exportable)
					.orElseThrow(() -> new UsageException("Export formats: jsonl, xlsx"))
				: TransferFormat.fromFileName(file.toString())
					.orElseThrow(() -> new UsageException("Give --format jsonl|xlsx"));
		CurrentUser admin = cli.administrator().orElse(null);
		if (admin == null) {
			out.println("No administrator account '" + cli.administratorName() + "' (otm.admin.username)");
			return 1;
		}
		long started = System.nanoTime();
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			long count;
			try (OutputStream stream = Files.newOutputStream(partial)) {
				count = cli.asAdministrator(admin, () -> transfer.export(admin, format, stream));
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.printf(Locale.ROOT, "Exported %,d achievements to %s in %.2f s%n", count, file,
					(System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (IOException e) {
			out.println("Cannot write " + file + ": " + e.getMessage());
			return 1;
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException e) {
				// best effort
			}
		}
	}
}
