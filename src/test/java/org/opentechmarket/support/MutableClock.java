package org.opentechmarket.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move forward, e.g. to end a public notice. Starts at the real time. */
public class MutableClock extends Clock {

	private volatile Instant now;
	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
