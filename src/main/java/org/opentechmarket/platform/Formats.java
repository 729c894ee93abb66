package org.opentechmarket.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates and times as pages show them, in the platform's time zone (templates: {@code @fmt.dateTime(x)}). */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
	private final ZoneId zone;

	public Formats(Clock clock) {
		this.zone = clock.getZone();
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
