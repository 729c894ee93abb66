package org.opentechmarket.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DigestScheduleTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static Instant at(String localDateTime, ZoneId zone) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	@Test
	void aDailyDigestIsDueFromItsLocalTimeUntilTheNextDay() {
		DigestSchedule daily = new DigestSchedule(LocalTime.of(8, 0), Duration.ofDays(1), SHANGHAI);
		assertThat(daily.slotAt(at("2026-05-12T09:30", SHANGHAI))).isEqualTo(at("2026-05-12T08:00", SHANGHAI));
		assertThat(daily.slotAt(at("2026-05-12T08:00", SHANGHAI))).isEqualTo(at("2026-05-12T08:00", SHANGHAI));
		assertThat(daily.slotAt(at("2026-05-12T07:59:59", SHANGHAI))).isEqualTo(at("2026-05-11T08:00", SHANGHAI));
		// before the anchor too
		assertThat(daily.slotAt(at("2023-12-31T23:00", SHANGHAI))).isEqualTo(at("2023-12-31T08:00", SHANGHAI));
	}

	@Test
	void aWeeklyDigestGoesOutOnMondays() {
		DigestSchedule weekly = new DigestSchedule(LocalTime.of(9, 0), Duration.ofDays(7), SHANGHAI);
		Instant slot = weekly.slotAt(at("2026-05-14T12:00", SHANGHAI)); // a Thursday
		ZonedDateTime local = slot.atZone(SHANGHAI);
		assertThat(local.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(local.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-05-11T09:00"));
	}

	@Test
	void aDailyDigestKeepsItsLocalHourAcrossDaylightSaving() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		DigestSchedule daily = new DigestSchedule(LocalTime.of(8, 0), Duration.ofDays(1), berlin);
		assertThat(daily.slotAt(at("2026-03-29T10:00", berlin))).isEqualTo(at("2026-03-29T08:00", berlin));
		assertThat(daily.slotAt(at("2026-10-25T10:00", berlin))).isEqualTo(at("2026-10-25T08:00", berlin));
	}

	@Test
	void hourlyPeriodsWork() {
		DigestSchedule hourly = new DigestSchedule(LocalTime.of(8, 0), Duration.ofHours(1), SHANGHAI);
		assertThat(hourly.slotAt(at("2026-05-12T17:42", SHANGHAI))).isEqualTo(at("2026-05-12T17:00", SHANGHAI));
	}
}
