package org.opentechmarket.broker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DealTermsTest {

	private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

	@Test
	void aCommissionRateAppliesToTheContractAmountExactly() {
		DealTerms t = new DealTerms(new BigDecimal("1234567.89"), null, new BigDecimal("0.035"), null, null);
		// 1,234,567.89 × 0.035 = 43,209.87615 → 43,209.88 (half-up)
		assertThat(t.commission()).isEqualTo(new BigDecimal("43209.88"));
	}

	@Test
	void aFixedCommissionIsTakenAsAgreed() {
		DealTerms t = new DealTerms(new BigDecimal("800000"), new BigDecimal("20000"), null, null, null);
		assertThat(t.commission()).isEqualTo(new BigDecimal("20000.00"));
		assertThat(new DealTerms(new BigDecimal("1"), null, null, null, null).commission()).isNull();
	}

	@Test
	void policyWorkedExampleTransferStaffFloor() {
		// domain/policy.md (Zhejiang, licence): pool ≥ 58.8 万 → transfer staff ≥ 2.94 万
		DealTerms t = new DealTerms(new BigDecimal("1000000"), null, null, new BigDecimal("588000"), FIVE_PERCENT);
		assertThat(t.minimumStaffReward(FIVE_PERCENT)).isEqualTo(new BigDecimal("29400.00"));
		assertThat(t.staffReward()).isEqualTo(new BigDecimal("29400.00"));
		assertThat(t.shareBelow(FIVE_PERCENT)).isFalse();
	}

	@Test
	void aShareBelowTheFloorWarnsButIsKept() {
		DealTerms t = new DealTerms(new BigDecimal("1000000"), null, null, new BigDecimal("100000.10"),
				new BigDecimal("0.049"));
		assertThat(t.shareBelow(FIVE_PERCENT)).isTrue();
		// 100,000.10 × 0.049 = 4,900.0049 → 4,900.00
		assertThat(t.staffReward()).isEqualTo(new BigDecimal("4900.00"));
		assertThat(new DealTerms(BigDecimal.TEN, null, null, null, null).shareBelow(FIVE_PERCENT)).isFalse();
		assertThat(new DealTerms(BigDecimal.TEN, null, null, null, null).staffReward()).isNull();
	}
}
