package org.opentechmarket;

import org.opentechmarket.matching.OfflineEvaluation;
import org.opentechmarket.platform.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * OpenTechMarket (开放技术市场). Without arguments it serves the platform; with a command ({@code import}, {@code export},
 * {@code reindex}) it runs that command on the configured data directory and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenTechMarketApplication {

	public static void main(String[] args) {
		if (OfflineEvaluation.isCommand(args)) {
			// its own small context: no database, nothing under the data directory
			System.exit(OfflineEvaluation.run(args));
		}
		SpringApplication application = new SpringApplication(OpenTechMarketApplication.class);
		if (CommandLine.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("cli");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}
}
