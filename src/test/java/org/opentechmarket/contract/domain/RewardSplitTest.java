package org.opentechmarket.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RewardSplitTest {

	private static final BigDecimal RATE = new BigDecimal("5000"); // 0.5 万元 per 亿元

	@Test
	void halfAWanPerYi() {
		assertThat(RewardSplit.pool(new BigDecimal("100000000"), RATE)).isEqualByComparingTo("5000.00");
		assertThat(RewardSplit.pool(new BigDecimal("3730000000000"), RATE)).isEqualByComparingTo("186500000.00"); // 3.73 万亿
		assertThat(RewardSplit.pool(new BigDecimal("12345678"), RATE)).isEqualByComparingTo("617.28");
	}

	@Test
	void splitIsProportionalAndAddsUpExactly() {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		amounts.put("杭州", new BigDecimal("300000000"));
		amounts.put("宁波", new BigDecimal("100000000"));
		amounts.put("温州", BigDecimal.ZERO);
		Map<String, BigDecimal> shares = RewardSplit.split(new BigDecimal("20000.00"), amounts);
		assertThat(shares.get("杭州")).isEqualByComparingTo("15000.00");
		assertThat(shares.get("宁波")).isEqualByComparingTo("5000.00");
		assertThat(shares.get("温州")).isEqualByComparingTo("0.00");
	}

	@Test
	void roundingFenGoToTheLargestRemainders() {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		amounts.put("a", BigDecimal.ONE);
		amounts.put("b", BigDecimal.ONE);
		amounts.put("c", BigDecimal.ONE);
		Map<String, BigDecimal> shares = RewardSplit.split(new BigDecimal("1.00"), amounts);
		assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.00");
		assertThat(shares.get("a")).isEqualByComparingTo("0.34");
		assertThat(shares.get("b")).isEqualByComparingTo("0.33");
	}

	@Test
	void nothingRegisteredNothingShared() {
		Map<String, BigDecimal> shares = RewardSplit.split(BigDecimal.ZERO, Map.of("a", BigDecimal.ZERO));
		assertThat(shares.get("a")).isEqualByComparingTo("0");
	}
}
