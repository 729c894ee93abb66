package org.opentechmarket.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The official working-day calendar (工作日): Monday to Friday, minus the configured public holidays, plus the configured
 * make-up working days (调休上班, usually a Saturday or Sunday). Holidays and make-up days are lists of ISO dates in
 * {@code otm.calendar.holidays} and {@code otm.calendar.make-up-days}; the defaults follow the State Council's yearly notice
 * (国务院办公厅关于部分节假日安排的通知), see application.yml. Statutory time limits counted in working days
 * (contract registration, trading notices) use this calendar.
 */
@Component
public class WorkingDays {

	private final Set<LocalDate> holidays;
	private final Set<LocalDate> makeUpDays;

	@Autowired
	public WorkingDays(@Value("${otm.calendar.holidays:}") List<String> holidays,
			@Value("${otm.calendar.make-up-days:}") List<String> makeUpDays) {
		this(parse(holidays), parse(makeUpDays));
	}

	public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> makeUpDays) {
		this.holidays = Set.copyOf(holidays);
		this.makeUpDays = Set.copyOf(makeUpDays);
		for (LocalDate d : this.makeUpDays) {
			if (this.holidays.contains(d)) {
				throw new IllegalArgumentException("otm.calendar: " + d + " is both a holiday and a make-up working day");
			}
		}
	}

	private static List<LocalDate> parse(List<String> dates) {
		return dates.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
			try {
				return LocalDate.parse(s);
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException("otm.calendar: '" + s + "' is not an ISO date (yyyy-MM-dd)", e);
			}
		}).toList();
	}

	public boolean isWorkingDay(LocalDate day) {
		if (makeUpDays.contains(day)) {
			return true;
		}
		if (holidays.contains(day)) {
			return false;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The day on which a period of {@code days} working days that starts the day after {@code start} ends: the start day itself is
	 * not counted (as in "within 15 working days of acceptance"). Zero days: {@code start} itself.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate d = start;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; negative (the working days overdue) when {@code to} is
	 * before {@code from}. E.g. the days left until a deadline, counted from today.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	/**
	 * Whether the calendar lists this year's holidays or make-up days: without them, the year's days off are only its
	 * weekends, and a period counted in working days across it may end early.
	 */
	public boolean lists(int year) {
		return holidays.stream().anyMatch(d -> d.getYear() == year) || makeUpDays.stream().anyMatch(d -> d.getYear() == year);
	}

	/** The configured holidays, in date order (for pages that explain a deadline). */
	public List<LocalDate> holidays() {
		return List.copyOf(new TreeSet<>(holidays));
	}

	public List<LocalDate> makeUpDays() {
		return List.copyOf(new TreeSet<>(makeUpDays));
	}
}
