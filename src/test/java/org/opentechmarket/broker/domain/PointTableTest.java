package org.opentechmarket.broker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.broker.PointSource;
import org.opentechmarket.platform.DomainException;

class PointTableTest {

	private final PointTable table = new PointTable(Defaults.points());

	@Test
	void flatSourcesPayTheirConfiguredPoints() {
		assertThat(table.pointsFor(PointSource.LISTING_PUBLISHED, null)).isEqualByComparingTo("2");
		assertThat(table.pointsFor(PointSource.MATCH_TALKS, null)).isEqualByComparingTo("3");
		assertThat(table.pointsFor(PointSource.CONTRACT_REGISTERED, null)).isEqualByComparingTo("5");
		assertThat(table.pointsFor(PointSource.TRAINING_GIVEN, new BigDecimal("999"))).isEqualByComparingTo("3");
	}

	@Test
	void dealsScaleByAmountBandWithInclusiveLowerBounds() {
		assertThat(deal("0.01")).isEqualByComparingTo("10");
		assertThat(deal("999999.99")).isEqualByComparingTo("10");
		assertThat(deal("1000000.00")).isEqualByComparingTo("20");
		assertThat(deal("4999999.99")).isEqualByComparingTo("20");
		assertThat(deal("5000000")).isEqualByComparingTo("30");
		assertThat(deal("10000000")).isEqualByComparingTo("50");
		assertThat(deal("880000000")).isEqualByComparingTo("50");
	}

	@Test
	void configuredBandsNeedNotBeSorted() {
		PointTable custom = new PointTable(new BrokerProperties.Points(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, List.of(new BrokerProperties.Band(new BigDecimal("500000"), new BigDecimal("7.5")),
						new BrokerProperties.Band(new BigDecimal("100000"), new BigDecimal("4")))));
		assertThat(custom.pointsFor(PointSource.DEAL_COMPLETED, new BigDecimal("499999.99"))).isEqualByComparingTo("4");
		assertThat(custom.pointsFor(PointSource.DEAL_COMPLETED, new BigDecimal("500000"))).isEqualByComparingTo("7.5");
		// below the lowest band there is no rule: refused, not zero
		assertThatThrownBy(() -> custom.pointsFor(PointSource.DEAL_COMPLETED, new BigDecimal("99999")))
			.isInstanceOf(DomainException.class)
			.hasMessage("error.validation");
	}

	@Test
	void aDealWithoutAPositiveAmountScoresNothing() {
		assertThatThrownBy(() -> table.pointsFor(PointSource.DEAL_COMPLETED, null)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> deal("0")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> deal("-5")).isInstanceOf(DomainException.class);
	}

	private BigDecimal deal(String amount) {
		return table.pointsFor(PointSource.DEAL_COMPLETED, new BigDecimal(amount));
	}
}
