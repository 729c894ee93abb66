package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void aValidAmountIsPositiveWithAtMostTwoDecimalsWithinTheColumn() {
		assertThat(Money.isValid(new BigDecimal("0.01"))).isTrue();
		assertThat(Money.isValid(new BigDecimal("1.500"))).isTrue();
		assertThat(Money.isValid(Money.MAX)).isTrue();
		assertThat(Money.isValid(Money.MAX.add(new BigDecimal("0.01")))).isFalse();
		assertThat(Money.isValid(new BigDecimal("1.005"))).isFalse();
		assertThat(Money.isValid(BigDecimal.ZERO)).isFalse();
		assertThat(Money.isValid(new BigDecimal("-3"))).isFalse();
		assertThat(Money.isValid(null)).isFalse();
	}

	@Test
	void parsingTakesWhatUsersTypeAndRefusesTheRest() {
		assertThat(Money.parse(" 1,234.5 ")).contains(new BigDecimal("1234.50"));
		assertThat(Money.parse("1234.5").get().scale()).isEqualTo(2);
		assertThat(Money.parse("12.345")).isEmpty();
		assertThat(Money.parse("abc")).isEmpty();
		assertThat(Money.parse("")).isEmpty();
		assertThat(Money.parse(null)).isEmpty();
		assertThat(Money.parse("1".repeat(41))).isEmpty();
		assertThat(Money.number("-12.345")).isEqualByComparingTo("-12.345");
		assertThat(Money.number(" ")).isNull();
	}

	@Test
	void textHasTwoDecimalsAndSharesRoundHalfUpToTheFen() {
		assertThat(Money.text(new BigDecimal("1234.5"))).isEqualTo("1234.50");
		assertThat(Money.text(new BigDecimal("1E+3"))).isEqualTo("1000.00");
		assertThat(Money.text(null)).isNull();
		assertThat(Money.share(new BigDecimal("333.33"), new BigDecimal("0.05"))).isEqualByComparingTo("16.67");
		assertThat(Money.normal("7")).isEqualTo(new BigDecimal("7.00"));
		assertThatThrownBy(() -> Money.normal(new BigDecimal("7.001"))).isInstanceOf(ArithmeticException.class);
		assertThat(Money.zero()).isEqualTo(new BigDecimal("0.00"));
	}
}
