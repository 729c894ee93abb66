package org.opentechmarket.subscription.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Digest periods: they start at the digest time on Monday 2024-01-01 (local time) and follow each other every period, so a
 * daily digest goes out at the digest time each day and a weekly one on Mondays. Counted in local date-time, so a daily
 * digest stays at its local hour where clocks change.
 */
public final class DigestSchedule {

	static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

	private final LocalDateTime anchor;
	private final Duration period;
	private final ZoneId zone;

	public DigestSchedule(LocalTime time, Duration period, ZoneId zone) {
		this.anchor = ANCHOR.atTime(time);
		this.period = period;
		this.zone = zone;
	}

	/** The start of the latest digest period at or before {@code now}: the digest due at {@code now}. */
	public Instant slotAt(Instant now) {
		LocalDateTime local = LocalDateTime.ofInstant(now, zone);
		long seconds = Duration.between(anchor, local).getSeconds();
		long k = Math.floorDiv(seconds, period.getSeconds());
		LocalDateTime slot = anchor.plusSeconds(k * period.getSeconds());
		Instant instant = slot.atZone(zone).toInstant();
		// a slot in a skipped local hour resolves later; never report a slot after now
		return instant.isAfter(now) ? anchor.plusSeconds((k - 1) * period.getSeconds()).atZone(zone).toInstant() : instant;
	}
}
