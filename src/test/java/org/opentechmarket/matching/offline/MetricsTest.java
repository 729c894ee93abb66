package org.opentechmarket.matching.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Metrics against values computed by hand. */
class MetricsTest {

	// judged: a=2, b=1, c=0, d=1; x is unjudged
	private final Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 0, "d", 1);

	@Test
	void ndcgOfTheIdealRankingIsOne() {
		assertThat(Metrics.ndcg(List.of("a", "b", "d", "c"), grades, 10)).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void ndcgByHand() {
		// ranking x, b, a: DCG = 0 + 1/log2(3) + 3/log2(4) = 0.630930 + 1.5 = 2.130930
		// ideal a, b, d, c: IDCG = 3/1 + 1/log2(3) + 1/log2(4) + 0 = 3 + 0.630930 + 0.5 = 4.130930
		double expected = (1 / log2(3) + 3 / log2(4)) / (3 + 1 / log2(3) + 1 / log2(4));
		assertThat(Metrics.ndcg(List.of("x", "b", "a"), grades, 10)).isCloseTo(expected, within(1e-12));
		assertThat(expected).isCloseTo(0.515847, within(1e-6));
	}

	@Test
	void ndcgCutsAtK() {
		// only the first 2 count: x (0), c (0) → 0, although a follows
		assertThat(Metrics.ndcg(List.of("x", "c", "a"), grades, 2)).isZero();
		// ideal at k=1 is a alone (3); ranking b first gains 1 → 1/3
		assertThat(Metrics.ndcg(List.of("b", "a"), grades, 1)).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void recallCountsGradesOfOneOrMore() {
		// relevant: a, b, d (3); found in the first 2 of (c, a, b): a → 1/3
		assertThat(Metrics.recall(List.of("c", "a", "b"), grades, 2)).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(Metrics.recall(List.of("c", "a", "b"), grades, 3)).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void reciprocalRankOfTheFirstRelevantWithinK() {
		assertThat(Metrics.reciprocalRank(List.of("x", "c", "d", "a"), grades, 10)).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(Metrics.reciprocalRank(List.of("x", "c", "d"), grades, 2)).isZero();
	}

	@Test
	void queriesWithoutRelevantDocumentsScoreZero() {
		Map<String, Integer> none = Map.of("c", 0);
		assertThat(Metrics.ndcg(List.of("c"), none, 10)).isZero();
		assertThat(Metrics.recall(List.of("c"), none, 20)).isZero();
		assertThat(Metrics.reciprocalRank(List.of("c"), none, 10)).isZero();
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
