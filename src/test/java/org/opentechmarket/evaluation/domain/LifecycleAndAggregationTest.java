package org.opentechmarket.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.platform.DomainException;

/** Lifecycles allow only their listed moves; scores aggregate exactly (mean, trimmed mean from 5 reviews). */
class LifecycleAndAggregationTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void reviewStatusMoves() {
		assertThat(ReviewStatus.OPEN.next()).containsExactlyInAnyOrder(ReviewStatus.CLOSED, ReviewStatus.CANCELLED);
		assertThat(ReviewStatus.CLOSED.next()).containsExactlyInAnyOrder(ReviewStatus.PUBLISHED, ReviewStatus.CANCELLED);
		assertThat(ReviewStatus.PUBLISHED.next()).isEmpty();
		assertThat(ReviewStatus.CANCELLED.next()).isEmpty();
		assertThat(ReviewStatus.OPEN.canMoveTo(ReviewStatus.PUBLISHED)).isFalse();
	}

	@Test
	void aReviewPublishesOnlyAfterClosingAndWithReasons() {
		Review r = new Review(ReviewSubjectType.ACHIEVEMENT, 1, "t", "/a/1", 3, List.of(new Criterion("c", d("1"))),
				clock.instant(), false, ReviewVisibility.PARTIES, d("60"), Set.of(1L), "admin", clock);
		assertThatThrownBy(() -> r.publish(ReviewOutcome.PASSED, "ok", d("80"), "admin", clock))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("evaluation.review.transition");
		r.close(clock);
		assertThatThrownBy(() -> r.publish(ReviewOutcome.PASSED, " ", d("80"), "admin", clock)).isInstanceOf(DomainException.class);
		r.publish(ReviewOutcome.PASSED, "理由充分", d("80"), "admin", clock);
		assertThat(r.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThatThrownBy(() -> r.cancel(clock)).isInstanceOf(DomainException.class);
	}

	@Test
	void assignmentMoves() {
		assertThat(AssignmentStatus.INVITED.next()).containsExactlyInAnyOrder(AssignmentStatus.ACCEPTED, AssignmentStatus.DECLINED,
				AssignmentStatus.EXPIRED, AssignmentStatus.WITHDRAWN);
		assertThat(AssignmentStatus.ACCEPTED.next()).containsExactlyInAnyOrder(AssignmentStatus.SUBMITTED, AssignmentStatus.WITHDRAWN);
		for (AssignmentStatus end : List.of(AssignmentStatus.SUBMITTED, AssignmentStatus.DECLINED, AssignmentStatus.EXPIRED,
				AssignmentStatus.WITHDRAWN)) {
			assertThat(end.next()).isEmpty();
		}
		assertThat(AssignmentStatus.DECLINED.holdsSeat()).isFalse();
		assertThat(AssignmentStatus.INVITED.holdsSeat()).isTrue();
	}

	@Test
	void acceptingNeedsTheConfirmationAndCannotFollowADecline() {
		ReviewAssignment a = new ReviewAssignment(1, 2, "u", "n", "t", "o", 0, 1, clock.instant(), clock);
		assertThatThrownBy(() -> a.accept(false, clock)).isInstanceOf(DomainException.class);
		assertThat(a.getStatus()).isEqualTo(AssignmentStatus.INVITED);
		a.decline(DeclineReason.UNAVAILABLE, "出差", clock);
		assertThatThrownBy(() -> a.accept(true, clock)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> a.submit(Map.of(), d("1"), Recommendation.RECOMMEND, "x", clock))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void expertStatusMovesAndHistory() {
		assertThat(ExpertStatus.ACTIVE.next()).containsExactlyInAnyOrder(ExpertStatus.SUSPENDED, ExpertStatus.RETIRED);
		assertThat(ExpertStatus.SUSPENDED.next()).containsExactlyInAnyOrder(ExpertStatus.ACTIVE, ExpertStatus.RETIRED);
		assertThat(ExpertStatus.RETIRED.next()).isEmpty();
		ExpertProfile p = new ExpertProfile(1, "张三", clock);
		assertThatThrownBy(() -> p.changeStatus(ExpertStatus.SUSPENDED, "admin", "", clock)).isInstanceOf(DomainException.class);
		p.changeStatus(ExpertStatus.SUSPENDED, "admin", "两次逾期", clock);
		p.changeStatus(ExpertStatus.RETIRED, "admin", "本人申请", clock);
		assertThatThrownBy(() -> p.changeStatus(ExpertStatus.ACTIVE, "admin", "复出", clock)).isInstanceOf(DomainException.class);
		assertThat(p.getStatusHistory()).extracting(ExpertProfile.StatusChange::getTo)
			.containsExactly(ExpertStatus.SUSPENDED, ExpertStatus.RETIRED);
		assertThat(p.getStatusHistory().get(0).getReason()).isEqualTo("两次逾期");
	}

	@Test
	void availabilityEndsAfterTheDate() {
		ExpertProfile p = new ExpertProfile(1, "张三", clock);
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		p.edit("张三", null, List.of(), List.of(), List.of(), false, today.plusDays(2), "出国", List.of(), List.of(), clock);
		assertThat(p.isAvailable(today)).isFalse();
		assertThat(p.isAvailable(today.plusDays(2))).isFalse();
		assertThat(p.isAvailable(today.plusDays(3))).isTrue();
		p.edit("张三", null, List.of(), List.of(), List.of(), false, null, "长期", List.of(), List.of(), clock);
		assertThat(p.isAvailable(today.plusYears(5))).isFalse();
	}

	@Test
	void reviewerScoreIsTheWeightedMeanRoundedHalfUp() {
		List<Criterion> criteria = List.of(new Criterion("创新性", d("30")), new Criterion("成熟度", d("25")),
				new Criterion("前景", d("25")), new Criterion("效益", d("20")));
		// (85*30 + 70*25 + 90*25 + 66*20) / 100 = 78.70
		assertThat(Aggregation.reviewerScore(criteria, Map.of("创新性", 85, "成熟度", 70, "前景", 90, "效益", 66)))
			.isEqualByComparingTo("78.70");
		// weights 1,1,1: (80+80+81)/3 = 80.333… → 80.33; (80+81+81)/3 = 80.666… → 80.67
		List<Criterion> equal = List.of(new Criterion("a", d("1")), new Criterion("b", d("1")), new Criterion("c", d("1")));
		assertThat(Aggregation.reviewerScore(equal, Map.of("a", 80, "b", 80, "c", 81))).isEqualByComparingTo("80.33");
		assertThat(Aggregation.reviewerScore(equal, Map.of("a", 80, "b", 81, "c", 81))).isEqualByComparingTo("80.67");
		assertThat(Aggregation.reviewerScore(equal, Map.of("a", 80, "b", 81, "c", 81)).scale()).isEqualTo(2);
	}

	@Test
	void meanBelowTheMinimumTrimmedMeanFromIt() {
		// four reviews: plain mean (90+80+70+61)/4 = 75.25
		assertThat(Aggregation.panelScore(List.of(d("90"), d("80"), d("70"), d("61")), 5)).isEqualByComparingTo("75.25");
		assertThat(Aggregation.trimmed(4, 5)).isFalse();
		// five reviews: drop 99 and 10, mean of 80, 70, 61 = 70.333… → 70.33 (plain mean would be 64.00)
		List<BigDecimal> five = List.of(d("99"), d("80"), d("70"), d("61"), d("10"));
		assertThat(Aggregation.panelScore(five, 5)).isEqualByComparingTo("70.33");
		assertThat(Aggregation.panelScore(five, 6)).isEqualByComparingTo("64.00");
		assertThat(Aggregation.trimmed(5, 5)).isTrue();
		// half-up at the second decimal: (70.125 cannot occur from 2-decimal inputs over 2) → (80.01 + 80.00)/2 = 80.005 → 80.01
		assertThat(Aggregation.panelScore(List.of(d("80.01"), d("80.00")), 5)).isEqualByComparingTo("80.01");
		assertThat(Aggregation.panelScore(List.of(), 5)).isNull();
	}
}
