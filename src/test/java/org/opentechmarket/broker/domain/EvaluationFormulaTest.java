package org.opentechmarket.broker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opentechmarket.broker.ReputationSummary;

class EvaluationFormulaTest {

	private final EvaluationFormula formula = new EvaluationFormula(Defaults.evaluation());

	@Test
	void withoutRatingsTheRatingPartIsTheUnratedShare() {
		// 27 points + 1 deal × 10 + 20 × 0.5 = 47
		EvaluationFormula.Score s = formula.score(new BigDecimal("27"), 1, ReputationSummary.noSource());
		assertThat(s.pointsPart()).isEqualByComparingTo("27");
		assertThat(s.dealsPart()).isEqualByComparingTo("10");
		assertThat(s.ratingPart()).isEqualByComparingTo("10");
		assertThat(s.total()).isEqualByComparingTo("47.00");
		assertThat(s.passed()).isFalse();
	}

	@Test
	void partsAreCappedAndRatingsScaleToTheirWeight() {
		// points capped at 50, deals capped at 30, rating 4.2 / 5 × 20 = 16.8 → 96.8
		EvaluationFormula.Score s = formula.score(new BigDecimal("130"), 7,
				new ReputationSummary(12, new BigDecimal("4.2"), 0, true));
		assertThat(s.pointsPart()).isEqualByComparingTo("50");
		assertThat(s.dealsPart()).isEqualByComparingTo("30");
		assertThat(s.ratingPart()).isEqualByComparingTo("16.80");
		assertThat(s.total()).isEqualByComparingTo("96.80");
		assertThat(s.passed()).isTrue();
	}

	@Test
	void upheldComplaintsSubtractAndTheScoreNeverGoesBelowZero() {
		EvaluationFormula.Score s = formula.score(new BigDecimal("40"), 2,
				new ReputationSummary(3, new BigDecimal("5"), 2, true));
		// 40 + 20 + 20 − 20 = 60: exactly the threshold passes
		assertThat(s.total()).isEqualByComparingTo("60.00");
		assertThat(s.passed()).isTrue();
		EvaluationFormula.Score worst = formula.score(BigDecimal.ZERO, 0,
				new ReputationSummary(1, new BigDecimal("1"), 9, true));
		assertThat(worst.total()).isEqualByComparingTo("0.00");
		assertThat(worst.passed()).isFalse();
	}

	@Test
	void negativePointsAfterCorrectionsCountAsZero() {
		EvaluationFormula.Score s = formula.score(new BigDecimal("-4"), 0, ReputationSummary.noSource());
		assertThat(s.pointsPart()).isEqualByComparingTo("0");
		assertThat(s.total()).isEqualByComparingTo("10.00");
	}

	@Test
	void justBelowTheThresholdFails() {
		EvaluationFormula.Score s = formula.score(new BigDecimal("39.99"), 1, ReputationSummary.noSource());
		assertThat(s.total()).isEqualByComparingTo("59.99");
		assertThat(s.passed()).isFalse();
	}
}
