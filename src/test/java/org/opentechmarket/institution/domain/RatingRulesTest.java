package org.opentechmarket.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;

/** Own organisation, oneself, once a year, 1–5, a comment, verified organisations only. */
class RatingRulesTest {

	private static CurrentUser user(long id, long organisation, boolean verified, Role... roles) {
		return new CurrentUser(id, "u" + id, "x", "用户" + id, organisation, "单位" + organisation, verified, Set.of(roles), true);
	}

	private static List<String> codes(List<FieldViolation> violations) {
		return violations.stream().map(FieldViolation::code).toList();
	}

	private final CurrentUser client = user(10, 100, true, Role.ENTERPRISE);

	@Test
	void aClientRatesAnotherOrganisation() {
		assertThat(RatingRules.check(client, FeedbackSubject.organisation(200), 200, 5, "很好", false, 100)).isEmpty();
		assertThat(RatingRules.check(client, FeedbackSubject.organisation(200), 200, 1, "差", false, 100)).isEmpty();
	}

	@Test
	void notTheOwnOrganisationNorOneselfNorTheOwnColleague() {
		assertThat(codes(RatingRules.check(client, FeedbackSubject.organisation(100), 100, 5, "好", false, 100)))
			.containsExactly("feedback.rating.ownOrganisation");
		assertThat(codes(RatingRules.check(client, FeedbackSubject.broker(10), 100, 5, "好", false, 100)))
			.containsExactly("feedback.rating.self");
		// a broker of the rater's own organisation
		assertThat(codes(RatingRules.check(client, FeedbackSubject.broker(11), 100, 5, "好", false, 100)))
			.containsExactly("feedback.rating.ownOrganisation");
		assertThat(RatingRules.check(client, FeedbackSubject.broker(11), 300, 5, "好", false, 100)).isEmpty();
	}

	@Test
	void onceAYear() {
		assertThat(codes(RatingRules.check(client, FeedbackSubject.organisation(200), 200, 4, "好", true, 100)))
			.containsExactly("feedback.rating.once");
	}

	@Test
	void scoreFromOneToFiveAndACommentWithinTheLimit() {
		for (Integer score : new Integer[] { null, 0, 6, -1 }) {
			List<FieldViolation> v = RatingRules.check(client, FeedbackSubject.organisation(200), 200, score, "好", false, 100);
			assertThat(v).extracting(FieldViolation::field).containsExactly("score");
		}
		assertThat(codes(RatingRules.check(client, FeedbackSubject.organisation(200), 200, 3, " ", false, 100)))
			.containsExactly("validation.required");
		assertThat(codes(RatingRules.check(client, FeedbackSubject.organisation(200), 200, 3, "长".repeat(11), false, 10)))
			.containsExactly("validation.size.max");
	}

	@Test
	void membersOfUnverifiedOrganisationsCannotRate() {
		CurrentUser unverified = user(20, 500, false, Role.ENTERPRISE);
		assertThat(codes(RatingRules.check(unverified, FeedbackSubject.organisation(200), 200, 3, "好", false, 100)))
			.containsExactly("feedback.rater.unverified");
	}
}
