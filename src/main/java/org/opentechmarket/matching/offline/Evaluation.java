package org.opentechmarket.matching.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchDocument;
import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchIndex;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;

/**
 * The offline evaluation: indexes a corpus in memory (nothing persistent touched), ranks every judged query with the
 * production engine and averages nDCG@10, Recall@20 and MRR@10 over the queries with a document graded ≥ 1.
 */
public final class Evaluation {

	/** The strong-match threshold is calibrated on the first results of each judged need. */
	public static final int CALIBRATION_DEPTH = 1;

	public record QueryResult(String id, String title, List<Match> ranking, double ndcg10, double recall20, double mrr10,
			int relevant) {
	}

	/** A top result of a judged query (any query with judgements, also those with none graded ≥ 1): its score and grade. */
	public record Scored(double score, boolean relevant) {
	}

	/**
	 * @param calibration the top {@link #CALIBRATION_DEPTH} results of every judged query, to calibrate the strong-match
	 * threshold
	 */
	public record Result(List<QueryResult> queries, double ndcg10, double recall20, double mrr10, List<Scored> calibration) {

		/**
		 * Per threshold: how many calibration results score at least that, and the share of them graded ≥ 1 (unjudged
		 * results count as not relevant, so the share is a lower bound).
		 */
		public List<String> thresholdTable() {
			List<String> lines = new ArrayList<>();
			for (int i = 5; i <= 30; i++) {
				double t = i * 0.01;
				long above = calibration.stream().filter(s -> s.score() >= t).count();
				long relevant = calibration.stream().filter(s -> s.score() >= t && s.relevant()).count();
				lines.add(String.format(Locale.ROOT, "threshold %.3f: %d top-%d results at or above, %.0f%% graded >= 1", t,
						above, CALIBRATION_DEPTH, above == 0 ? 0.0 : 100.0 * relevant / above));
			}
			return lines;
		}

		/** The evaluation's last line: {@code nDCG@10=0.xxxx Recall@20=0.xxxx MRR@10=0.xxxx queries=N}. */
		public String summary() {
			return String.format(Locale.ROOT, "nDCG@10=%.4f Recall@20=%.4f MRR@10=%.4f queries=%d", ndcg10, recall20, mrr10,
					queries.size());
		}
	}

	private final MatchWeights weights;
	private final CodeTables codes;
	private final Clock clock;

	public Evaluation(MatchWeights weights, CodeTables codes, Clock clock) {
		this.weights = weights;
		this.codes = codes;
		this.clock = clock;
	}

	public Result run(Path corpus, Path queries, Path qrelsFile, MatchEngine.Method method) throws IOException {
		Zjmarket zjmarket = new Zjmarket(codes);
		List<MatchDocument> documents = zjmarket.achievements(corpus);
		Map<String, NeedQuery> needs = zjmarket.needs(queries);
		Map<String, Map<String, Integer>> qrels = Zjmarket.qrels(qrelsFile);
		// the baselines put every term of a long need in one query
		IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
		try (MatchIndex index = MatchIndex.inMemory(weights.k1(), weights.b(), method == MatchEngine.Method.STANDARD)) {
			index.putAll(documents);
			MatchEngine engine = new MatchEngine(index, weights, codes, clock);
			List<QueryResult> results = new ArrayList<>();
			List<Scored> calibration = new ArrayList<>();
			for (Map.Entry<String, NeedQuery> need : needs.entrySet()) {
				Map<String, Integer> grades = qrels.getOrDefault(need.getKey(), Map.of());
				if (grades.isEmpty()) {
					continue;
				}
				List<Match> ranking = engine.match(need.getValue(), 20, method, null);
				ranking.stream().limit(CALIBRATION_DEPTH)
					.forEach(m -> calibration.add(new Scored(m.score(), grades.getOrDefault(m.key(), 0) >= 1)));
				long relevant = grades.values().stream().filter(g -> g >= 1).count();
				if (relevant == 0) {
					continue;
				}
				List<String> keys = ranking.stream().map(Match::key).toList();
				results.add(new QueryResult(need.getKey(), need.getValue().title(), ranking, Metrics.ndcg(keys, grades, 10),
						Metrics.recall(keys, grades, 20), Metrics.reciprocalRank(keys, grades, 10), (int) relevant));
			}
			return new Result(results, mean(results, QueryResult::ndcg10), mean(results, QueryResult::recall20),
					mean(results, QueryResult::mrr10), calibration);
		}
	}

	/** Per query: id, metrics, title; then its top 10 with grades (· = unjudged). */
	public static void print(Result result, Map<String, Map<String, Integer>> qrels, PrintStream out) {
		for (QueryResult q : result.queries()) {
			out.printf(Locale.ROOT, "%s nDCG@10=%.4f Recall@20=%.4f RR@10=%.4f relevant=%d %s%n", q.id(), q.ndcg10(),
					q.recall20(), q.mrr10(), q.relevant(), q.title());
			Map<String, Integer> grades = qrels.getOrDefault(q.id(), Map.of());
			for (int i = 0; i < Math.min(10, q.ranking().size()); i++) {
				Match m = q.ranking().get(i);
				Integer g = grades.get(m.key());
				out.printf(Locale.ROOT, "  %2d %s %s %.4f%s %s%n", i + 1, m.key(), g == null ? "·" : g.toString(), m.score(),
						m.strong() ? "*" : " ", m.title());
			}
		}
	}

	private static double mean(List<QueryResult> results, java.util.function.ToDoubleFunction<QueryResult> f) {
		return results.stream().mapToDouble(f).average().orElse(0);
	}
}
