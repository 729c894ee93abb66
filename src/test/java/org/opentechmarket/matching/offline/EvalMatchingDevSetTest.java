package org.opentechmarket.matching.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The acceptance bar of issue 4 on the real development set (../shared/data, skipped when absent): the final ranking reaches
 * nDCG@10 ≥ 0.55 and beats character-bigram BM25; the command's last line has the documented form. Runs the command with the
 * default settings (the same as application.yml, see {@code MatchingSettingsIT}).
 */
class EvalMatchingDevSetTest {

	static final Path DATA = Path.of("..", "shared", "data");
	static final Path CORPUS = DATA.resolve("zjmarket/achievements.jsonl");
	static final Path QUERIES = DATA.resolve("benchmarks/matching-dev/queries.jsonl");
	static final Path QRELS = DATA.resolve("benchmarks/matching-dev/qrels.tsv");
	static final Pattern LAST_LINE = Pattern
		.compile("nDCG@10=(0\\.\\d{4}|1\\.0000) Recall@20=(0\\.\\d{4}|1\\.0000) MRR@10=(0\\.\\d{4}|1\\.0000) queries=(\\d+)");

	@BeforeAll
	static void data() {
		Assumptions.assumeTrue(Files.isRegularFile(CORPUS) && Files.isRegularFile(QRELS), "../shared/data is not here");
	}

	static MatchWeights defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("otm.matching", MatchWeights.class);
	}

	private static Matcher run(String method) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = new EvalMatchingCommand(defaults(), new CodeTables(), Clock.systemUTC()).run(new String[] { "--corpus",
				CORPUS.toString(), "--queries", QUERIES.toString(), "--qrels", QRELS.toString(), "--format", "zjmarket",
				"--method", method }, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		Matcher last = LAST_LINE.matcher(lines.get(lines.size() - 1));
		assertThat(last.matches()).as(lines.get(lines.size() - 1)).isTrue();
		return last;
	}

	@Test
	void finalRankingReachesTheIssuesBarAndBeatsBigramBm25() {
		Matcher fin = run("final");
		Matcher bigram = run("bigram");
		double finalNdcg = Double.parseDouble(fin.group(1));
		double bigramNdcg = Double.parseDouble(bigram.group(1));
		System.out.printf("matching-dev nDCG@10: final %.4f, bigram BM25 %.4f%n", finalNdcg, bigramNdcg);
		// 46 of the 74 needs have a candidate graded ≥ 1 (data README)
		assertThat(fin.group(4)).isEqualTo("46");
		assertThat(finalNdcg).isGreaterThanOrEqualTo(0.55);
		assertThat(finalNdcg).isGreaterThan(bigramNdcg);
	}
}
