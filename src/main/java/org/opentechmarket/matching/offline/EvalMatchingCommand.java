package org.opentechmarket.matching.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opentechmarket.jar eval-matching --corpus FILE --queries FILE --qrels FILE --format zjmarket
 * [--method standard|smartcn|bigram|final]}: ranks every judged query against the corpus indexed in memory and prints
 * per-query results, then the overall metrics as the last line. Touches no database and no data directory (the launcher,
 * {@link org.opentechmarket.matching.OfflineEvaluation}, starts only the matching configuration).
 */
@Component
public class EvalMatchingCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("corpus", "queries", "qrels", "format", "method");

	private final MatchWeights weights;
	private final CodeTables codes;
	private final Clock clock;

	public EvalMatchingCommand(MatchWeights weights, CodeTables codes, Clock clock) {
		this.weights = weights;
		this.codes = codes;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "eval-matching";
	}

	@Override
	public String usage() {
		return "--corpus FILE --queries FILE --qrels FILE --format zjmarket [--method standard|smartcn|bigram|final]";
	}

	@Override
	public String description() {
		return "Evaluate the matching engine offline (in memory, nothing stored): nDCG@10, Recall@20, MRR@10 over judged needs.";
	}

	@Override
	public int run(String[] args, PrintStream out) {
		Map<String, String> options = parse(args);
		String format = options.getOrDefault("format", "zjmarket");
		if (!format.equals("zjmarket")) {
			throw new UsageException("Unknown format " + format + " (zjmarket)");
		}
		MatchEngine.Method method;
		try {
			method = MatchEngine.Method.valueOf(options.getOrDefault("method", "final").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new UsageException("Unknown method " + options.get("method") + " (standard|smartcn|bigram|final)");
		}
		Path corpus = file(options, "corpus");
		Path queries = file(options, "queries");
		Path qrels = file(options, "qrels");
		for (Path p : new Path[] { corpus, queries, qrels }) {
			if (!Files.isRegularFile(p)) {
				out.println("No such file: " + p);
				return 1;
			}
		}
		try {
			long started = System.nanoTime();
			Evaluation.Result result = new Evaluation(weights, codes, clock).run(corpus, queries, qrels, method);
			Evaluation.print(result, Zjmarket.qrels(qrels), out);
			result.thresholdTable().forEach(out::println);
			long strong = result.queries().stream().filter(q -> !q.ranking().isEmpty() && q.ranking().get(0).strong()).count();
			out.printf(Locale.ROOT, "method=%s strong-top-match=%d/%d threshold=%.3f time=%.1fs%n",
					method.name().toLowerCase(Locale.ROOT), strong, result.queries().size(), weights.strongThreshold(),
					(System.nanoTime() - started) / 1e9);
			out.println(result.summary());
			return 0;
		}
		catch (IOException e) {
			out.println("Cannot read: " + e.getMessage());
			return 1;
		}
	}

	private static Path file(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("Give --" + name + " FILE");
		}
		return Path.of(value);
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--")) {
				throw new UsageException("Unexpected argument " + a);
			}
			String name = a.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			if (!OPTIONS.contains(name)) {
				// Spring options (--otm.matching.…=…) are the application's, not the command's
				if (name.contains(".") && eq > 0) {
					continue;
				}
				throw new UsageException("Unknown option --" + name);
			}
			options.put(name, value);
		}
		return options;
	}
}
