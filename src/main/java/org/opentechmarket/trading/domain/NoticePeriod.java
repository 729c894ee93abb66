package org.opentechmarket.trading.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.opentechmarket.platform.WorkingDays;

/**
 * When a notice that starts at an instant ends. As in 民法典 第二百零一条 (按照年、月、日计算期间的，开始的当日不计入，自下一日开始
 * 计算) and 第二百零三条 (期间的最后一日的截止时间为二十四时), the start day does not count and the notice runs to the end of its
 * last day: N calendar days, or N working days of the platform calendar.
 */
public final class NoticePeriod {

	private final int days;
	private final TradingProperties.DayKind kind;
	private final WorkingDays workingDays;

	public NoticePeriod(int days, TradingProperties.DayKind kind, WorkingDays workingDays) {
		if (days < 0) {
			throw new IllegalArgumentException("notice days must not be negative");
		}
		this.days = days;
		this.kind = kind;
		this.workingDays = workingDays;
	}

	/** The last day of the notice. */
	public LocalDate lastDay(LocalDate startDay) {
		return kind == TradingProperties.DayKind.WORKING ? workingDays.plusWorkingDays(startDay, days)
				: startDay.plusDays(days);
	}

	/** The instant the notice ends: midnight after its last day, in the platform's time zone. */
	public Instant end(Instant start, ZoneId zone) {
		return lastDay(LocalDate.ofInstant(start, zone)).plusDays(1).atStartOfDay(zone).toInstant();
	}
}
