package org.opentechmarket.platform.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.platform.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator when the working-day calendar runs out. {@code otm.calendar} lists each year's holidays and make-up
 * days from the State Council's yearly notice, published late in the year before; a deadline counted into a year that is
 * not listed takes only its weekends as days off and may end early. Every year from today to {@code otm.calendar.warn-ahead}
 * ahead must be listed; a missing one is logged at start and shown in {@code /actuator/health} (component
 * {@code workingDayCalendar}, details for administrators). The status stays UP: nothing is down, a list needs its next year.
 */
@Component
class WorkingDayCalendarHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendarHealthIndicator.class);

	private final WorkingDays workingDays;
	private final Clock clock;
	private final Period ahead;

	WorkingDayCalendarHealthIndicator(WorkingDays workingDays, Clock clock,
			@Value("${otm.calendar.warn-ahead:P100D}") Period ahead) {
		this.workingDays = workingDays;
		this.clock = clock;
		this.ahead = ahead;
	}

	/** The years from today to {@code warn-ahead} ahead whose holidays the calendar does not list. */
	List<Integer> missingYears() {
		LocalDate today = LocalDate.now(clock);
		List<Integer> missing = new ArrayList<>();
		for (int year = today.getYear(); year <= today.plus(ahead).getYear(); year++) {
			if (!workingDays.lists(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	@Override
	public Health health() {
		List<Integer> missing = missingYears();
		Health.Builder health = Health.up().withDetail("checkedAhead", ahead.toString()).withDetail("missingYears", missing);
		if (!missing.isEmpty()) {
			health.withDetail("advice", advice(missing));
		}
		return health.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAtStart() {
		List<Integer> missing = missingYears();
		if (!missing.isEmpty()) {
			log.warn(advice(missing));
		}
	}

	private static String advice(List<Integer> missing) {
		return "The working-day calendar lists no holidays for " + missing + ": deadlines counted in working days into "
				+ (missing.size() == 1 ? "that year" : "those years") + " take only weekends off. Add the dates of the State "
				+ "Council's notice (国务院办公厅关于部分节假日安排的通知) to otm.calendar.holidays and otm.calendar.make-up-days.";
	}
}
