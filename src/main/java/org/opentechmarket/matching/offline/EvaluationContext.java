package org.opentechmarket.matching.offline;

import java.time.Clock;

import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.cli.CommandLine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application context of {@code eval-matching}: the command line, this command, the code tables and the matching
 * settings from application.yml (and any {@code --otm.matching.*} given). No database, no search backend, no data directory.
 * Not a {@code @Configuration}, so the server's component scan never picks it up; it is a primary source only.
 */
@Import({ CommandLine.class, EvalMatchingCommand.class, CodeTables.class })
@EnableConfigurationProperties(MatchWeights.class)
public class EvaluationContext {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
