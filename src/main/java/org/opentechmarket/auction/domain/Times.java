package org.opentechmarket.auction.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the auction records them: to the millisecond, and written as ISO-8601 UTC with exactly three decimals
 * ({@code 2026-05-04T02:00:00.000Z}) — the form the bid hash covers, so one instant always has one text.
 */
public final class Times {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	public static Instant millis(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
	}

	public static String iso(Instant instant) {
		return instant == null ? null : ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}
}
