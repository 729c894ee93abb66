package org.opentechmarket.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DomainException;

/** The challenge and application aggregates without Spring: the window on the clock, the award, acceptance. */
class ChallengeLifecycleTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	static Clock at(LocalDate day, int hour) {
		return Clock.fixed(ZonedDateTime.of(day.atTime(hour, 0), SHANGHAI).toInstant(), SHANGHAI);
	}

	static ChallengeContent content(LocalDate opens, LocalDate closes) {
		return new ChallengeContent("晶圆视觉定位", "取放片偏差大", "定位精度 ±0.05 mm", "C", null, null, false,
				new BigDecimal("500000.00"), EnumSet.of(OrganisationType.UNIVERSITY), null, true, null, opens, closes,
				ReviewMethod.DESK, true, List.of(new ChallengeContent.Criterion("技术方案", BigDecimal.TEN)), 1, false, null);
	}

	static Challenge posted(LocalDate opens, LocalDate closes) {
		Clock clock = at(DAY, 9);
		Challenge c = new Challenge(1L, "云栖", OrganisationType.ENTERPRISE, "demo-enterprise", null, clock);
		c.edit(content(opens, closes), "C", clock);
		c.submit(clock);
		c.post(clock);
		return c;
	}

	@Test
	void theWindowOpensOnItsFirstDayAndClosesAfterItsLast() {
		Challenge c = posted(DAY.plusDays(1), DAY.plusDays(20));
		assertThat(c.advanceWindow(DAY, at(DAY, 23))).isEmpty();
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.POSTED);
		assertThat(c.windowOpen(DAY)).isFalse();

		assertThat(c.advanceWindow(DAY.plusDays(1), at(DAY.plusDays(1), 0))).containsExactly(ChallengeStatus.APPLYING);
		assertThat(c.windowOpen(DAY.plusDays(1))).isTrue();
		// the last day is still open, all of it
		assertThat(c.advanceWindow(DAY.plusDays(20), at(DAY.plusDays(20), 23))).isEmpty();
		assertThat(c.windowOpen(DAY.plusDays(20))).isTrue();
		assertThat(c.daysLeft(DAY.plusDays(20))).isEqualTo(1);

		assertThat(c.advanceWindow(DAY.plusDays(21), at(DAY.plusDays(21), 0))).containsExactly(ChallengeStatus.REVIEWING);
		assertThat(c.windowOpen(DAY.plusDays(21))).isFalse();
		assertThat(c.applicationsUnsealed()).isTrue();
		// idempotent: a second run changes nothing
		assertThat(c.advanceWindow(DAY.plusDays(22), at(DAY.plusDays(22), 0))).isEmpty();
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.REVIEWING);
	}

	@Test
	void aCallFoundAfterItsWindowMovesThroughBothStatesAtOnce() {
		Challenge c = posted(DAY.plusDays(1), DAY.plusDays(20));
		assertThat(c.applicationsUnsealed()).isFalse();
		assertThat(c.advanceWindow(DAY.plusDays(40), at(DAY.plusDays(40), 8)))
			.containsExactly(ChallengeStatus.APPLYING, ChallengeStatus.REVIEWING);
		assertThat(c.getApplyingAt()).isNotNull();
		assertThat(c.getReviewingAt()).isNotNull();
	}

	@Test
	void onlyDraftsAndReturnedCallsAreEditedAndCancellingEndsTheCall() {
		Challenge c = posted(DAY, DAY.plusDays(19));
		assertThatThrownBy(() -> c.edit(content(DAY, DAY.plusDays(30)), "C", at(DAY, 10)))
			.isInstanceOf(DomainException.class)
			.hasMessage("challenge.notEditable");
		c.cancel("需求变化", at(DAY, 11));
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.CANCELLED);
		assertThat(c.isPublic()).isTrue();
		assertThat(c.advanceWindow(DAY.plusDays(1), at(DAY.plusDays(1), 0))).isEmpty();
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.CANCELLED);
	}

	@Test
	void awardAndAcceptanceFollowTheLifecycle() {
		Challenge c = posted(DAY, DAY.plusDays(19));
		assertThatThrownBy(() -> c.award(null, true, "x", at(DAY, 10))).hasMessage("challenge.transition.notAllowed");
		c.advanceWindow(DAY.plusDays(20), at(DAY.plusDays(20), 0));
		c.award("理由", false, "demo-enterprise", at(DAY.plusDays(30), 9));
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.AWARDED);
		assertThat(c.getAwardFollowedRanking()).isFalse();
		assertThatThrownBy(() -> c.cancel("太迟", at(DAY.plusDays(31), 9))).hasMessage("challenge.transition.notAllowed");
		assertThatThrownBy(() -> c.conclude(ChallengeStatus.ACCEPTED, "r", "x", at(DAY.plusDays(31), 9)))
			.hasMessage("challenge.transition.notAllowed");
		c.start(at(DAY.plusDays(31), 9));
		assertThatThrownBy(() -> c.conclude(ChallengeStatus.CANCELLED, "r", "x", at(DAY.plusDays(32), 9)))
			.hasMessage("challenge.acceptance.outcomeRequired");
		c.conclude(ChallengeStatus.ACCEPTED, "达到全部指标", "demo-enterprise", at(DAY.plusDays(200), 9));
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.ACCEPTED);
		assertThat(c.getClosedAt()).isNotNull();
	}

	@Test
	void anApplicationIsWithdrawnResubmittedReviewedOnceAndDecided() {
		Clock clock = at(DAY, 9);
		ChallengeApplication a = new ChallengeApplication(1L, 2L, "之江理工大学", OrganisationType.UNIVERSITY, "u", "方案",
				null, List.of(new TeamMember("陈", "之江理工大学", 2L, "负责人")), clock);
		a.withdraw(clock);
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThatThrownBy(() -> a.underReview(5L, clock)).hasMessage("challenge.application.transition");
		a.resubmit("u2", "新方案", "计划", List.of(new TeamMember("陈", "之江理工大学", 2L, null)), clock);
		assertThat(a.getProposal()).isEqualTo("新方案");
		a.underReview(5L, clock);
		// a result of another review is ignored; the right one is recorded once
		assertThat(a.reviewed(6L, BigDecimal.TEN, ReviewOutcome.PASSED, clock)).isFalse();
		assertThat(a.reviewed(5L, new BigDecimal("82.50"), ReviewOutcome.PASSED, clock)).isTrue();
		assertThat(a.reviewed(5L, new BigDecimal("82.50"), ReviewOutcome.PASSED, clock)).isFalse();
		assertThat(a.passedReview()).isTrue();
		a.award(1, clock);
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.AWARDED);
		assertThatThrownBy(() -> a.notAwarded(2, clock)).hasMessage("challenge.application.transition");
	}

	@Test
	void aMilestoneIsConfirmedOnce() {
		Milestone m = new Milestone(1L, 2L, "中试", DAY.plusDays(90), "中试报告", "u", at(DAY, 9));
		assertThat(m.isOverdue(DAY.plusDays(90))).isFalse();
		assertThat(m.isOverdue(DAY.plusDays(91))).isTrue();
		m.confirm("p", "已验收", at(DAY.plusDays(80), 9));
		assertThat(m.isOverdue(DAY.plusDays(91))).isFalse();
		assertThatThrownBy(() -> m.confirm("p", null, at(DAY.plusDays(81), 9))).hasMessage("challenge.milestone.confirmed");
	}
}
