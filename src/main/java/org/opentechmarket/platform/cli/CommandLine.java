package org.opentechmarket.platform.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the command given on the command line against the configured data directory (profile {@code cli}). Modules contribute
 * {@link CliCommand} beans; this class only dispatches and turns the outcome into an exit code.
 */
@Component
@Profile("cli")
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandLine.class);
	private static final Set<String> VERBS = Set.of("import", "export", "reindex", "help", "eval-matching");

	private final Map<String, CliCommand> commands;
	private int exitCode = 0;

	public CommandLine(List<CliCommand> commands) {
		this.commands = commands.stream().collect(Collectors.toMap(CliCommand::name, Function.identity()));
	}

	/** Spring options ({@code --otm.data-dir=…}) may come before the command; the command starts at the first other word. */
	public static boolean isCommand(String[] args) {
		String[] command = commandArgs(args);
		return command.length > 0 && VERBS.contains(command[0]);
	}

	static String[] commandArgs(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				return Arrays.copyOfRange(args, i, args.length);
			}
		}
		return new String[0];
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String[] args = commandArgs(arguments.getSourceArgs());
		PrintStream out = System.out;
		if (args.length == 0 || "help".equals(args[0])) {
			usage(out);
			return;
		}
		Optional<CliCommand> command = resolve(args);
		if (command.isEmpty()) {
			System.err.println("Unknown command: " + String.join(" ", args));
			usage(System.err);
			exitCode = 2;
			return;
		}
		int words = command.get().name().split(" ").length;
		try {
			exitCode = command.get().run(Arrays.copyOfRange(args, words, args.length), out);
		}
		catch (CliCommand.UsageException e) {
			System.err.println(e.getMessage());
			System.err.println("Usage: java -jar opentechmarket.jar " + command.get().name() + " " + command.get().usage());
			exitCode = 2;
		}
		catch (RuntimeException e) {
			log.debug("Command failed", e);
			System.err.println("Failed: " + e.getMessage());
			exitCode = 1;
		}
	}

	private Optional<CliCommand> resolve(String[] args) {
		if (args.length > 1 && commands.containsKey(args[0] + " " + args[1])) {
			return Optional.of(commands.get(args[0] + " " + args[1]));
		}
		return Optional.ofNullable(commands.get(args[0]));
	}

	private void usage(PrintStream out) {
		out.println("Commands (run while no server uses the same data directory):");
		commands.values().stream()
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.forEach(c -> out.println("  " + c.name() + " " + c.usage() + "\n      " + c.description()));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
