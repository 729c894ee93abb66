package org.opentechmarket.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.WorkingDays;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class WorkingDayCalendarHealthIndicatorTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final WorkingDays ONLY_2026 = new WorkingDays(List.of(LocalDate.of(2026, 10, 1)),
			List.of(LocalDate.of(2026, 10, 10)));

	private static WorkingDayCalendarHealthIndicator on(String day, WorkingDays days) {
		Clock clock = Clock.fixed(Instant.parse(day + "T02:00:00Z"), SHANGHAI);
		return new WorkingDayCalendarHealthIndicator(days, clock, Period.ofDays(100));
	}

	@Test
	void aYearWithinReachWithoutItsHolidaysIsNamed() {
		Health health = on("2026-11-22", ONLY_2026).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("missingYears", List.of(2027));
		assertThat((String) health.getDetails().get("advice")).contains("[2027]").contains("otm.calendar.holidays");
	}

	@Test
	void nothingIsMissingWhileTheListedYearLastsLongEnough() {
		Health health = on("2026-06-01", ONLY_2026).health();
		assertThat(health.getDetails()).containsEntry("missingYears", List.of()).doesNotContainKey("advice");
	}

	@Test
	void makeUpDaysAloneCountAsAListedYear() {
		WorkingDays next = new WorkingDays(List.of(LocalDate.of(2026, 10, 1)), List.of(LocalDate.of(2027, 2, 20)));
		assertThat(on("2026-11-22", next).missingYears()).isEmpty();
		assertThat(on("2027-12-01", next).missingYears()).containsExactly(2028);
	}

	@Test
	void theCurrentYearItselfCanBeMissing() {
		assertThat(on("2028-03-01", ONLY_2026).missingYears()).containsExactly(2028);
	}
}
