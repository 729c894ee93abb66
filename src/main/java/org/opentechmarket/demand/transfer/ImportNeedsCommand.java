package org.opentechmarket.demand.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opentechmarket.jar import needs --format zjmarket|jsonl|xlsx [--owner-credit-code C] [--region 330000]
 * FILE}: imports all rows or none, as the platform administrator. Exit code 0 when imported, 1 when rejected (the row-level
 * report is printed, nothing changed), 2 for a usage error.
 */
@Component
class ImportNeedsCommand implements CliCommand {

	static final int REPORT_LIMIT = 1000;

	private final NeedTransfer transfer;
	private final UserAccounts users;
	private final PlatformProperties properties;
	private final MessageSource messages;

	ImportNeedsCommand(NeedTransfer transfer, UserAccounts users, PlatformProperties properties, MessageSource messages) {
		this.transfer = transfer;
		this.users = users;
		this.properties = properties;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "import needs";
	}

	@Override
	public String usage() {
		return "--format zjmarket|jsonl|xlsx [--owner-credit-code CODE] [--region 330000] FILE";
	}

	@Override
	public String description() {
		return "Import technology needs, all rows or none: open at once (expired when their deadline is over); rows already "
				+ "imported (same external id) are updated in place.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		String format = null;
		String owner = null;
		String region = null;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
			String inline = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
			switch (name) {
				case "--format", "--owner-credit-code", "--region" -> {
					String value = inline;
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException(name + " needs a value");
						}
						value = args[++i];
					}
					if (name.equals("--format")) {
						format = value;
					}
					else if (name.equals("--region")) {
						region = value;
					}
					else {
						owner = value;
					}
				}
				default -> {
					if (a.startsWith("--")) {
						throw new UsageException("Unknown option " + a);
					}
					files.add(a);
				}
			}
		}
		if (files.size() != 1) {
			throw new UsageException("Give exactly one FILE to import");
		}
		Path file = Path.of(files.get(0));
		String f = format != null ? format
				: file.toString().endsWith(".xlsx") ? "xlsx" : file.toString().endsWith(".jsonl") ? "jsonl" : null;
		NeedFormat parsed = NeedFormat.parse(f).orElseThrow(() -> new UsageException("Give --format zjmarket|jsonl|xlsx"));
		byte[] data;
		try {
			data = Files.readAllBytes(file);
		}
		catch (IOException e) {
			out.println("Cannot read " + file + ": " + e.getMessage());
			return 1;
		}
		CurrentUser admin = users.loadUser(properties.admin().username()).filter(CurrentUser::isAdmin).orElse(null);
		if (admin == null) {
			out.println("No administrator account '" + properties.admin().username()
					+ "' (otm.admin.username): start the platform once to create it");
			return 1;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		ImportReport report;
		long started = System.nanoTime();
		try {
			report = transfer.importData(admin, parsed, data, owner, region);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (report.accepted()) {
			out.printf(Locale.ROOT, "Imported %s (%s): %,d rows: %,d created, %,d updated, %,d skipped in %.2f s%n",
					file.getFileName(), parsed.name().toLowerCase(Locale.ROOT), report.rows(), report.created(),
					report.updated(), report.skipped(), seconds);
			return 0;
		}
		out.printf(Locale.ROOT, "Import rejected: %,d errors. Nothing was changed.%n", report.errors().size());
		report.errors().stream().limit(REPORT_LIMIT).forEach(e -> out.printf(Locale.ROOT, "  %-9s %-20s %s%n",
				e.row() > 0 ? "row " + e.row() : "file", e.field(),
				messages.getMessage(e.code(), e.argsArray(), e.code(), Locale.ENGLISH)));
		return 1;
	}
}
