package org.opentechmarket.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;

/** Payment plan arithmetic (民法典 第八百四十六条): instalments sum exactly to the price, in date order; kinds use their fields. */
class DealPaymentPlanTest {

	private static final BigDecimal PRICE = new BigDecimal("1000000.00");
	private static final LocalDate D = LocalDate.of(2026, 6, 30);

	@Test
	void instalmentsMustSumExactlyToThePrice() {
		PaymentPlan exact = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("333333.33"), D),
				new Instalment(new BigDecimal("333333.33"), D.plusMonths(6)),
				new Instalment(new BigDecimal("333333.34"), D.plusMonths(12))));
		assertThat(exact.check(PRICE, "plan.")).isEmpty();
		assertThat(exact.total()).isEqualByComparingTo(PRICE);

		PaymentPlan oneCentShort = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("333333.33"), D),
				new Instalment(new BigDecimal("333333.33"), D.plusMonths(6)),
				new Instalment(new BigDecimal("333333.33"), D.plusMonths(12))));
		assertThat(codes(oneCentShort.check(PRICE, "plan."))).containsExactly("plan.instalments:trading.plan.instalments.sum");
		assertThat(oneCentShort.check(PRICE, "plan.").get(0).args()).containsExactly("999999.99", "1000000.00");
	}

	@Test
	void instalmentsAreTwoOrMoreInStrictDateOrderWithValidAmounts() {
		assertThat(codes(PaymentPlan.instalments(List.of(new Instalment(PRICE, D))).check(PRICE, "")))
			.containsExactly("instalments:trading.plan.instalments.tooFew");
		PaymentPlan sameDay = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("500000"), D),
				new Instalment(new BigDecimal("500000"), D)));
		assertThat(codes(sameDay.check(PRICE, ""))).containsExactly("instalments[1].dueDate:trading.plan.instalments.order");
		PaymentPlan threeDecimals = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("500000.005"), D),
				new Instalment(new BigDecimal("499999.995"), D.plusDays(1))));
		assertThat(codes(threeDecimals.check(PRICE, ""))).containsExactly("instalments[0].amount:trading.amount.invalid",
				"instalments[1].amount:trading.amount.invalid");
		PaymentPlan negative = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("1100000"), D),
				new Instalment(new BigDecimal("-100000"), D.plusDays(1))));
		assertThat(codes(negative.check(PRICE, ""))).containsExactly("instalments[1].amount:trading.amount.invalid");
	}

	@Test
	void lumpSumNeedsADueDateAndNothingElse() {
		assertThat(PaymentPlan.lumpSum(D).check(PRICE, "")).isEmpty();
		assertThat(codes(PaymentPlan.lumpSum(null).check(PRICE, ""))).containsExactly("dueDate:validation.required");
		PaymentPlan withRoyalty = new PaymentPlan(PlanKind.LUMP_SUM, D, List.of(), null, new BigDecimal("3"), "销售额");
		assertThat(codes(withRoyalty.check(PRICE, ""))).containsExactly("royaltyRate:trading.plan.notForKind",
				"royaltyBase:trading.plan.notForKind");
	}

	@Test
	void royaltyNeedsARateAboveZeroUpToAHundredAndABase() {
		assertThat(PaymentPlan.royalty(new BigDecimal("3.5"), "产品年销售收入").check(PRICE, "")).isEmpty();
		assertThat(PaymentPlan.royalty(new BigDecimal("100"), "利润").check(PRICE, "")).isEmpty();
		assertThat(codes(PaymentPlan.royalty(BigDecimal.ZERO, "利润").check(PRICE, "")))
			.containsExactly("royaltyRate:trading.plan.royaltyRate.invalid");
		assertThat(codes(PaymentPlan.royalty(new BigDecimal("100.01"), " ").check(PRICE, "")))
			.containsExactly("royaltyRate:trading.plan.royaltyRate.invalid", "royaltyBase:validation.required");
		assertThat(codes(PaymentPlan.royalty(new BigDecimal("1.00001"), "利润").check(PRICE, "")))
			.containsExactly("royaltyRate:trading.plan.royaltyRate.invalid");
	}

	@Test
	void entryFeeIsPositiveNotAboveThePriceAndDue() {
		assertThat(PaymentPlan.entryFeeRoyalty(new BigDecimal("200000"), D, new BigDecimal("2"), "销售额").check(PRICE, ""))
			.isEmpty();
		assertThat(PaymentPlan.entryFeeRoyalty(PRICE, D, new BigDecimal("2"), "销售额").check(PRICE, "")).isEmpty();
		assertThat(codes(PaymentPlan.entryFeeRoyalty(new BigDecimal("1000000.01"), null, new BigDecimal("2"), "销售额")
			.check(PRICE, ""))).containsExactly("dueDate:validation.required", "entryFee:trading.plan.entryFeeAbovePrice");
		assertThat(codes(PaymentPlan.entryFeeRoyalty(null, D, new BigDecimal("2"), "x").check(PRICE, "")))
			.containsExactly("entryFee:validation.required");
	}

	@Test
	void normalisingWritesTwoDecimals() {
		PaymentPlan plan = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("400000"), D),
				new Instalment(new BigDecimal("600000.5"), D.plusDays(1)))).normalised();
		assertThat(plan.instalments()).extracting(i -> i.amount().toPlainString()).containsExactly("400000.00", "600000.50");
	}

	@Test
	void moneyIsPositiveWithAtMostTwoDecimalsAndFitsTheColumn() {
		assertThat(Money.isValid(new BigDecimal("0.01"))).isTrue();
		assertThat(Money.isValid(new BigDecimal("1.10"))).isTrue();
		assertThat(Money.isValid(new BigDecimal("1.100"))).isTrue();
		assertThat(Money.isValid(new BigDecimal("1.001"))).isFalse();
		assertThat(Money.isValid(BigDecimal.ZERO)).isFalse();
		assertThat(Money.isValid(Money.MAX)).isTrue();
		assertThat(Money.isValid(Money.MAX.add(new BigDecimal("0.01")))).isFalse();
		assertThat(Money.text(new BigDecimal("12"))).isEqualTo("12.00");
		assertThat(Money.number("1,234.5")).isEqualByComparingTo("1234.5");
		assertThat(Money.number("abc")).isNull();
	}

	private static List<String> codes(List<FieldViolation> violations) {
		return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
	}
}
