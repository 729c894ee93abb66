package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.FundedProject.DeadlineStatus;

/** 应登尽登: registration within 30 days after project acceptance (seed 002 §3), the deadline day included. */
class FundedProjectTest {

	private static final int DAYS = 30;
	private static final LocalDate ACCEPTED = LocalDate.of(2026, 1, 10);
	private static final LocalDate DEADLINE = LocalDate.of(2026, 2, 9);

	private final FundedProject project = project(ACCEPTED);

	@Test
	void deadlineIsThirtyDaysAfterAcceptance() {
		assertThat(project.deadline(DAYS)).isEqualTo(DEADLINE);
		assertThat(project.deadline(15)).isEqualTo(LocalDate.of(2026, 1, 25));
		assertThat(project(null).deadline(DAYS)).isNull();
	}

	@Test
	void notDueBeforeAcceptance() {
		assertThat(project.status(ACCEPTED.minusDays(1), null, DAYS)).isEqualTo(DeadlineStatus.NOT_DUE);
		assertThat(project.status(ACCEPTED.minusYears(1), null, DAYS)).isEqualTo(DeadlineStatus.NOT_DUE);
	}

	@Test
	void dueFromAcceptanceToTheDeadlineDayIncluded() {
		assertThat(project.status(ACCEPTED, null, DAYS)).isEqualTo(DeadlineStatus.DUE);
		assertThat(project.status(ACCEPTED.plusDays(15), null, DAYS)).isEqualTo(DeadlineStatus.DUE);
		assertThat(project.status(DEADLINE, null, DAYS)).isEqualTo(DeadlineStatus.DUE);
	}

	@Test
	void overdueTheDayAfterTheDeadline() {
		assertThat(project.status(DEADLINE.plusDays(1), null, DAYS)).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(project.status(DEADLINE.plusYears(1), null, DAYS)).isEqualTo(DeadlineStatus.OVERDUE);
	}

	@Test
	void registeredOnOrBeforeTheDeadlineIsOnTime() {
		LocalDate today = DEADLINE.plusDays(100);
		assertThat(project.status(today, DEADLINE, DAYS)).isEqualTo(DeadlineStatus.ON_TIME);
		assertThat(project.status(today, ACCEPTED, DAYS)).isEqualTo(DeadlineStatus.ON_TIME);
		assertThat(project.status(today, ACCEPTED.minusDays(20), DAYS)).isEqualTo(DeadlineStatus.ON_TIME);
		// registered on time, looked at before the deadline
		assertThat(project.status(ACCEPTED.plusDays(2), ACCEPTED.plusDays(1), DAYS)).isEqualTo(DeadlineStatus.ON_TIME);
	}

	@Test
	void registeredAfterTheDeadlineIsLate() {
		assertThat(project.status(DEADLINE.plusDays(1), DEADLINE.plusDays(1), DAYS)).isEqualTo(DeadlineStatus.LATE);
		assertThat(project.status(DEADLINE.plusDays(300), DEADLINE.plusDays(200), DAYS)).isEqualTo(DeadlineStatus.LATE);
	}

	@Test
	void theConfiguredNumberOfDaysMovesTheBoundary() {
		LocalDate day20 = ACCEPTED.plusDays(20);
		assertThat(project.status(day20, null, 15)).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(project.status(day20, null, 30)).isEqualTo(DeadlineStatus.DUE);
		assertThat(project.status(day20, day20, 15)).isEqualTo(DeadlineStatus.LATE);
		assertThat(project.status(day20, day20, 30)).isEqualTo(DeadlineStatus.ON_TIME);
	}

	@Test
	void withoutAnAcceptanceDateNothingIsDueAndAnyRegistrationIsOnTime() {
		FundedProject open = project(null);
		assertThat(open.status(DEADLINE.plusYears(5), null, DAYS)).isEqualTo(DeadlineStatus.NOT_DUE);
		assertThat(open.status(DEADLINE.plusYears(5), DEADLINE.plusYears(4), DAYS)).isEqualTo(DeadlineStatus.ON_TIME);
	}

	private static FundedProject project(LocalDate accepted) {
		return new FundedProject("2024C01017", "面向柔性制造的机器视觉在线检测关键技术研究", 7L, "之江理工大学",
				FundingSource.PROVINCIAL, new BigDecimal("300.00"), accepted, Instant.parse("2026-01-01T00:00:00Z"), "demo-admin");
	}
}
