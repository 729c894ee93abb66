package org.opentechmarket.broker.domain;

import java.math.BigDecimal;

/** The documented defaults of {@code otm.broker.*} (application.yml), for unit tests without Spring. */
final class Defaults {

	private Defaults() {
	}

	static BrokerProperties.Points points() {
		return new BrokerProperties.Points(new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("3"),
				null);
	}

	static BrokerProperties.Evaluation evaluation() {
		return new BrokerProperties.Evaluation(new BigDecimal("60"), BigDecimal.ONE, new BigDecimal("50"), BigDecimal.TEN,
				new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("0.5"), BigDecimal.TEN, 2);
	}
}
