package org.opentechmarket.matching.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentechmarket.matching.OfflineEvaluation;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.cli.CliCommand;

/** The command on a corpus written here (project text): usage errors, the per-query report and the exact last line. */
class EvalMatchingCommandTest {

	@TempDir
	Path dir;

	@Test
	void ranksTheJudgedDocumentFirstAndEndsWithTheSummaryLine() throws IOException {
		Path corpus = dir.resolve("corpus.jsonl");
		Files.writeString(corpus, String.join("\n",
				line("A1", "锂电池正极材料回收工艺", "新能源-储能", "废旧锂电池正极材料湿法回收，钴镍锂回收率高。"),
				line("A2", "茶叶自动化采摘机械", "现代农业-农业机械", "名优茶采摘机器人，视觉识别嫩芽。"),
				line("A3", "污水处理用复合絮凝剂", "节能环保-水处理", "高效复合絮凝剂，用于印染废水处理。")) + "\n",
				StandardCharsets.UTF_8);
		Path queries = dir.resolve("queries.jsonl");
		Files.writeString(queries, """
				{"id": "Q1", "title": "废旧锂电池回收", "postedOn": "2020-01-09", "classification": "制造业", "description": "寻求锂电池正极材料回收技术，提高钴镍回收率。"}
				{"id": "Q2", "title": "茶园采摘", "postedOn": "2020-01-09", "classification": "农、林、牧、渔业", "description": "需要名优茶嫩芽采摘设备。"}
				{"id": "Q3", "title": "无关的需求", "postedOn": "2020-01-09", "classification": "制造业", "description": "没有任何判断。"}
				""", StandardCharsets.UTF_8);
		Path qrels = dir.resolve("qrels.tsv");
		Files.writeString(qrels, "Q1 0 A1 2\nQ1 0 A3 0\nQ2 0 A2 1\nQ3 0 A3 0\n", StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = new EvalMatchingCommand(EvalMatchingDevSetTest.defaults(), new CodeTables(), Clock.systemUTC())
			.run(new String[] { "--corpus", corpus.toString(), "--queries", queries.toString(), "--qrels", qrels.toString(),
					"--format", "zjmarket" }, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		// Q3 has no document graded ≥ 1: not counted; both others rank their relevant document first
		assertThat(lines.get(lines.size() - 1)).isEqualTo("nDCG@10=1.0000 Recall@20=1.0000 MRR@10=1.0000 queries=2");
		assertThat(lines).anyMatch(l -> l.startsWith("Q1 nDCG@10=1.0000"));
		assertThat(lines).anyMatch(l -> l.matches("\\s+1 A1 2 .*锂电池正极材料回收工艺"));
	}

	@Test
	void judgementsExportedAsJsonLinesMixWithTrecLines() throws IOException {
		Path qrels = dir.resolve("mixed.qrels");
		Files.writeString(qrels, """
				Q1 0 A1 2
				{"query": "Q1", "document": "A3", "grade": 1, "useful": 2, "notUseful": 1, "needId": 7}
				{"query": "Q2", "document": "A2", "grade": 0}
				{"query": "Q3"}
				""", StandardCharsets.UTF_8);
		assertThat(Zjmarket.qrels(qrels)).isEqualTo(java.util.Map.of("Q1", java.util.Map.of("A1", 2, "A3", 1), "Q2",
				java.util.Map.of("A2", 0)));
	}

	@Test
	void usageErrors() {
		EvalMatchingCommand command = new EvalMatchingCommand(EvalMatchingDevSetTest.defaults(), new CodeTables(),
				Clock.systemUTC());
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThatThrownBy(() -> command.run(new String[] { "--queries", "q", "--qrels", "r" }, out))
			.isInstanceOf(CliCommand.UsageException.class)
			.hasMessageContaining("--corpus");
		assertThatThrownBy(() -> command.run(new String[] { "--format", "xlsx" }, out))
			.isInstanceOf(CliCommand.UsageException.class);
		assertThatThrownBy(() -> command.run(new String[] { "--method", "magic", "--corpus", "c" }, out))
			.isInstanceOf(CliCommand.UsageException.class);
		assertThat(command.run(new String[] { "--corpus", dir.resolve("none").toString(), "--queries", "q", "--qrels", "r" },
				out)).isEqualTo(1);
	}

	@Test
	void theLauncherRecognisesOnlyItsCommand() {
		assertThat(OfflineEvaluation.isCommand(new String[] { "--otm.data-dir=/x", "eval-matching", "--corpus", "c" }))
			.isTrue();
		assertThat(OfflineEvaluation.isCommand(new String[] { "import", "achievements" })).isFalse();
		assertThat(OfflineEvaluation.isCommand(new String[0])).isFalse();
	}

	private static String line(String id, String title, String industry, String description) {
		return """
				{"id": "%s", "title": "%s", "postedOn": "2020-01-02", "classification": "制造业", "ipType": "发明专利", "maturity": "通过中试", "cooperation": "技术转让", "price": "面议", "industry": "%s", "scope": "", "description": "%s"}"""
			.formatted(id, title, industry, description);
	}
}
