package org.opentechmarket.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ValuationValidityTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Test
	void aReportIsValidForTwelveMonthsFromItsBaseDate() {
		assertThat(ValuationReport.validUntil(LocalDate.of(2025, 3, 31), 12)).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(ValuationReport.validUntil(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 27));
		assertThat(ValuationReport.validUntil(LocalDate.of(2025, 1, 1), 6)).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void validFromTheBaseDateThroughTheLastDayOnly() {
		ValuationReport report = report(LocalDate.of(2025, 6, 15), 12);
		assertThat(report.getValidUntil()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(report.isValidOn(LocalDate.of(2025, 6, 14))).isFalse();
		assertThat(report.isValidOn(LocalDate.of(2025, 6, 15))).isTrue();
		assertThat(report.isValidOn(LocalDate.of(2026, 6, 14))).isTrue();
		assertThat(report.isValidOn(LocalDate.of(2026, 6, 15))).isFalse();
	}

	@Test
	void theValidityFollowsTheConfiguredMonths() {
		ValuationReport report = report(LocalDate.of(2025, 6, 15), 24);
		assertThat(report.isValidOn(LocalDate.of(2026, 6, 15))).isTrue();
		assertThat(report.isValidOn(LocalDate.of(2027, 6, 15))).isFalse();
	}

	private ValuationReport report(LocalDate baseDate, int months) {
		return new ValuationReport(1, "成果", 2, "评估所", null, ValuationMethod.INCOME, new BigDecimal("100.00"), baseDate,
				months, null, "u", clock);
	}
}
