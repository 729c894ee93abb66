package org.opentechmarket.platform.cli;

import java.io.PrintStream;

/** A command of the command-line interface, e.g. {@code import achievements}. */
public interface CliCommand {

	/** One or two words, e.g. {@code reindex} or {@code import achievements}. */
	String name();

	String usage();

	String description();

	/** @return the process exit code */
	int run(String[] args, PrintStream out);

	class UsageException extends RuntimeException {
		public UsageException(String message) {
			super(message);
		}
	}
}
