package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Scores: a reviewer's score is the weighted mean of their criterion scores (0–100); the panel's score is the mean of the
 * reviewers' scores, or the trimmed mean (highest and lowest dropped) from {@code trimmedMeanMinimum} submissions on. Exact
 * decimals, rounded once to 2 places HALF_UP (reviewer scores are rounded before averaging, so readers can redo the sum).
 */
public final class Aggregation {

	private Aggregation() {
	}

	public static BigDecimal reviewerScore(List<Criterion> criteria, Map<String, Integer> scores) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Criterion c : criteria) {
			Integer s = scores.get(c.getName());
			if (s == null) {
				throw new IllegalArgumentException("no score for " + c.getName());
			}
			sum = sum.add(c.getWeight().multiply(BigDecimal.valueOf(s)));
			weights = weights.add(c.getWeight());
		}
		return sum.divide(weights, 2, RoundingMode.HALF_UP);
	}

	/** Null when nobody submitted. */
	public static BigDecimal panelScore(List<BigDecimal> reviewerScores, int trimmedMeanMinimum) {
		if (reviewerScores.isEmpty()) {
			return null;
		}
		List<BigDecimal> used = new ArrayList<>(reviewerScores);
		if (used.size() >= trimmedMeanMinimum && used.size() >= 3) {
			Collections.sort(used);
			used = used.subList(1, used.size() - 1);
		}
		BigDecimal sum = used.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(used.size()), 2, RoundingMode.HALF_UP);
	}

	public static boolean trimmed(int submitted, int trimmedMeanMinimum) {
		return submitted >= trimmedMeanMinimum && submitted >= 3;
	}
}
