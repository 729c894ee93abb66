package org.opentechmarket.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.WorkingDays;

/** When a listing period ends: weekends skipped, public holidays skipped, make-up working days counted. */
class ListingPeriodTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	@Test
	void weekendsDoNotCount() {
		WorkingDays calendar = new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of());
		// published Thursday 2025-03-06 afternoon: Fri 7, Mon 10, Tue 11 are the first three working days
		ListingPeriod p = ListingPeriod.of(at("2025-03-06T15:30"), 3, calendar, SHANGHAI);
		assertThat(p.lastDay()).isEqualTo(LocalDate.of(2025, 3, 11));
		assertThat(p.endsAt()).isEqualTo(at("2025-03-12T00:00"));
	}

	@Test
	void twentyWorkingDaysAreFourWeeksWithoutHolidays() {
		WorkingDays calendar = new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of());
		ListingPeriod p = ListingPeriod.of(at("2025-03-03T09:00"), 20, calendar, SHANGHAI);
		assertThat(p.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void publicHolidaysAreSkippedAndMakeUpDaysCount() {
		// 2026 National Day: 10.1–10.7 off, Saturday 10.10 a make-up working day (国务院办公厅 2026 notice)
		List<LocalDate> holidays = LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList();
		WorkingDays calendar = new WorkingDays(holidays, List.of(LocalDate.of(2026, 10, 10)));
		// published Wednesday 2026-09-30: the first working day is Thursday 10.8, then Friday 10.9, then Saturday 10.10
		ListingPeriod p = ListingPeriod.of(at("2026-09-30T11:00"), 3, calendar, SHANGHAI);
		assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(p.endsAt()).isEqualTo(at("2026-10-11T00:00"));
		// without the make-up day the third working day is Monday 10.12
		WorkingDays noMakeUp = new WorkingDays(holidays, List.<LocalDate>of());
		assertThat(ListingPeriod.of(at("2026-09-30T11:00"), 3, noMakeUp, SHANGHAI).lastDay())
			.isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void thePublicationDayItselfDoesNotCountEvenJustAfterMidnight() {
		WorkingDays calendar = new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of());
		assertThat(ListingPeriod.of(at("2025-03-03T00:01"), 1, calendar, SHANGHAI).lastDay())
			.isEqualTo(LocalDate.of(2025, 3, 4));
		// the local date decides: 2025-03-02 23:30 in Shanghai is a Sunday, the next working day is Monday
		assertThat(ListingPeriod.of(at("2025-03-02T23:30"), 1, calendar, SHANGHAI).lastDay())
			.isEqualTo(LocalDate.of(2025, 3, 3));
	}

	@Test
	void aPeriodHasAtLeastOneWorkingDay() {
		assertThatThrownBy(() -> ListingPeriod.of(Instant.now(), 0, new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of()), SHANGHAI))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
