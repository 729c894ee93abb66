package org.opentechmarket.matching;

import java.util.Arrays;

import org.opentechmarket.matching.offline.EvaluationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Launches {@code eval-matching} in a context of its own ({@link EvaluationContext}) instead of the platform's: the offline
 * evaluation starts no database and touches nothing under the data directory.
 */
public final class OfflineEvaluation {

	public static final String COMMAND = "eval-matching";

	private OfflineEvaluation() {
	}

	/** Whether the first word that is not a {@code --option} is {@code eval-matching}. */
	public static boolean isCommand(String[] args) {
		return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(COMMAND::equals).orElse(false);
	}

	/** @return the exit code */
	public static int run(String[] args) {
		SpringApplication application = new SpringApplication(EvaluationContext.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("cli");
		// stdout carries the report; its last line is the summary
		application.setLogStartupInfo(false);
		return SpringApplication.exit(application.run(args));
	}
}
