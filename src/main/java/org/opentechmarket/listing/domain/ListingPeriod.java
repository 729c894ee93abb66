package org.opentechmarket.listing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.opentechmarket.platform.WorkingDays;

/**
 * When a listing period ends. A period of {@code n} working days starts the day after publication (the publication day is not
 * counted, as in "within n working days") and runs to the end of its n-th working day in the platform's time zone: weekends and
 * configured public holidays are skipped, configured make-up working days (调休上班) count ({@link WorkingDays}).
 *
 * @param lastDay the last working day of the period
 * @param endsAt the first instant after it (midnight at the start of the next day): the close happens from then on
 */
public record ListingPeriod(LocalDate lastDay, Instant endsAt) {

	public static ListingPeriod of(Instant publishedAt, int workingDays, WorkingDays calendar, ZoneId zone) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("a listing period has at least one working day");
		}
		LocalDate start = LocalDate.ofInstant(publishedAt, zone);
		LocalDate last = calendar.plusWorkingDays(start, workingDays);
		return new ListingPeriod(last, last.plusDays(1).atStartOfDay(zone).toInstant());
	}
}
