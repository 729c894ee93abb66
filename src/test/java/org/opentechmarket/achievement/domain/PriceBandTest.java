package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentechmarket.achievement.domain.Codes.PriceBand;

/** Catalogue price bands (万元) from the lower end of the asking price; each band includes its lower bound. */
class PriceBandTest {

	@ParameterizedTest(name = "{0} 万元 → {1}")
	@CsvSource({
			"0, UNDER_10", "0.01, UNDER_10", "9.99, UNDER_10", "9.999, UNDER_10",
			"10, FROM_10_TO_50", "10.00, FROM_10_TO_50", "10.0000, FROM_10_TO_50", "49.99, FROM_10_TO_50",
			"50, FROM_50_TO_100", "99.99, FROM_50_TO_100",
			"100, FROM_100_TO_500", "499.99, FROM_100_TO_500",
			"500, FROM_500_TO_1000", "999.99, FROM_500_TO_1000",
			"1000, OVER_1000", "1000.00, OVER_1000", "1E+3, OVER_1000", "123456, OVER_1000" })
	void bands(String amount, PriceBand band) {
		assertThat(PriceBand.of(false, new BigDecimal(amount))).isEqualTo(band);
	}

	@Test
	void negotiableWinsOverAnAmount() {
		assertThat(PriceBand.of(true, new BigDecimal("80"))).isEqualTo(PriceBand.NEGOTIABLE);
		assertThat(PriceBand.of(true, null)).isEqualTo(PriceBand.NEGOTIABLE);
	}

	@Test
	void noAmountIsNegotiable() {
		assertThat(PriceBand.of(false, null)).isEqualTo(PriceBand.NEGOTIABLE);
	}
}
