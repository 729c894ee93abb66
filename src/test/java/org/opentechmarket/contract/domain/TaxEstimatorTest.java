package org.opentechmarket.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TaxEstimatorTest {

	private final TaxEstimator estimator = new TaxEstimator(new BigDecimal("5000000"), new BigDecimal("20000000"),
			new BigDecimal("0.25"));

	private TaxEstimator.Estimate estimate(String revenue, String book, String taxes, boolean pilot) {
		return estimator.estimate(new BigDecimal(revenue), new BigDecimal(book), new BigDecimal(taxes), pilot);
	}

	@Test
	void issueExampleEightMillionRevenueTwoMillionCosts() {
		var e = estimate("8000000", "1500000", "500000", false);
		assertThat(e.transferIncome()).isEqualByComparingTo("6000000");
		assertThat(e.exemptPart()).isEqualByComparingTo("5000000");
		assertThat(e.halvedPart()).isEqualByComparingTo("1000000");
		assertThat(e.incomeTax()).isEqualByComparingTo("125000.00");
		assertThat(e.incomeTax().toPlainString()).isEqualTo("125000.00");
	}

	@Test
	void incomeAtOrBelowTheThresholdIsExempt() {
		assertThat(estimate("5000000", "0", "0", false).incomeTax()).isEqualByComparingTo("0");
		assertThat(estimate("3000000", "0", "0", false).halvedPart()).isEqualByComparingTo("0");
		assertThat(estimate("5000000.01", "0", "0", false).halvedPart()).isEqualByComparingTo("0.01");
	}

	@Test
	void pilotZonesUseTheHigherThreshold() {
		var normal = estimate("25000000", "0", "0", false);
		var pilot = estimate("25000000", "0", "0", true);
		assertThat(normal.incomeTax()).isEqualByComparingTo("2500000.00"); // 20,000,000 × 12.5 %
		assertThat(pilot.exemptPart()).isEqualByComparingTo("20000000");
		assertThat(pilot.incomeTax()).isEqualByComparingTo("625000.00"); // 5,000,000 × 12.5 %
		assertThat(estimate("6000000", "0", "0", true).incomeTax()).isEqualByComparingTo("0");
	}

	@Test
	void costsAboveRevenueMeanNoIncome() {
		var e = estimate("1000000", "900000", "200000", false);
		assertThat(e.transferIncome()).isEqualByComparingTo("0");
		assertThat(e.incomeTax()).isEqualByComparingTo("0");
	}
}
