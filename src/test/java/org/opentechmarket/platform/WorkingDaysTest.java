package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

	/** The 2026 defaults of application.yml, from the State Council notice of 2025-11-04 (subset used here). */
	private final WorkingDays calendar = new WorkingDays(
			List.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18",
					"2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", " 2026-10-01", "2026-10-02",
					"2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"),
			List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"));

	@Test
	void weekdaysWorkWeekendsRest() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue(); // Friday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
	}

	@Test
	void holidaysRestAndMakeUpDaysWork() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse(); // Thursday, 元旦
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday, 调休上班
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // Monday, 春节
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // Saturday, 调休上班
	}

	@Test
	void plainWeekCountsFiveDaysAcrossTheWeekend() {
		// Friday 2026-03-06 + 5 working days = Friday 2026-03-13
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void fifteenWorkingDaysAcrossTheSpringFestival() {
		// Accepted Wednesday 2026-02-11: 12, 13, 14 (Sat, make-up), then 15–23 off, 24, 25, 26, 27, 28 (Sat, make-up),
		// March 2, 3, 4, 5, 6, 9, 10 → the 15th working day is Tuesday 2026-03-10.
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 11), 15)).isEqualTo(LocalDate.of(2026, 3, 10));
		// without the configured holidays it would be Wednesday 2026-03-04
		WorkingDays plain = new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of());
		assertThat(plain.plusWorkingDays(LocalDate.of(2026, 2, 11), 15)).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void nationalDayWeekWithMakeUpDays() {
		// Accepted Friday 2026-09-18: Sun 20 (make-up), 21–25 ... 25 is a weekday (中秋 not configured in this subset),
		// 28, 29, 30, then Oct 1–7 off, Oct 8, 9, 10 (Sat, make-up).
		LocalDate accepted = LocalDate.of(2026, 9, 18);
		assertThat(calendar.plusWorkingDays(accepted, 9)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(calendar.plusWorkingDays(accepted, 10)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.plusWorkingDays(accepted, 12)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void remainingDaysCountForwardAndOverdueBackward() {
		LocalDate deadline = LocalDate.of(2026, 3, 10);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 11), deadline)).isEqualTo(15);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 27), deadline)).isEqualTo(8); // 28, Mar 2–6, 9, 10
		assertThat(calendar.workingDaysBetween(deadline, deadline)).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 12), deadline)).isEqualTo(-2); // Mar 11, 12
	}

	@Test
	void rejectsBadConfiguration() {
		assertThatThrownBy(() -> new WorkingDays(List.of("2026-13-01"), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2026-13-01");
		assertThatThrownBy(() -> new WorkingDays(List.of("2026-01-04"), List.of("2026-01-04")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
