package org.opentechmarket.matching.offline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgements (TREC qrels): gain 2^grade − 1, log2 discount, the ideal ranking built from all
 * judged grades of the query; unjudged documents gain 0; a document is relevant when graded ≥ 1.
 */
public final class Metrics {

	private Metrics() {
	}

	/** nDCG@k; 0 when the query has no document graded ≥ 1. */
	public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	/** Share of the documents graded ≥ 1 found in the first k; 0 when there are none. */
	public static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter(g -> g >= 1).count();
		if (relevant == 0) {
			return 0;
		}
		long found = ranking.stream().limit(k).filter(d -> grades.getOrDefault(d, 0) >= 1).count();
		return (double) found / relevant;
	}

	/** 1 / rank of the first document graded ≥ 1 within the first k, else 0. */
	public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			if (grades.getOrDefault(ranking.get(i), 0) >= 1) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
