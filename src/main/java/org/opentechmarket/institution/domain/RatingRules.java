package org.opentechmarket.institution.domain;

import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.SubjectKind;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.FieldViolation;

/**
 * Who may rate whom, pure: a signed-in member of a verified organisation other than the subject's, never themselves,
 * once per subject per calendar year (a rejected rating does not count), a score 1–5 and a comment.
 */
public final class RatingRules {

	public static final int MIN_SCORE = 1;
	public static final int MAX_SCORE = 5;

	private RatingRules() {
	}

	/**
	 * @param subjectOrganisationId the organisation rated, or the broker's organisation
	 * @param alreadyRated whether the rater has a pending or approved rating of the subject this year
	 * @return violations; global ones have the field {@code subject}
	 */
	public static List<FieldViolation> check(CurrentUser rater, FeedbackSubject subject, long subjectOrganisationId,
			Integer score, String comment, boolean alreadyRated, int commentMaxLength) {
		List<FieldViolation> violations = new ArrayList<>();
		if (!rater.organisationVerified()) {
			violations.add(FieldViolation.of("subject", "feedback.rater.unverified"));
		}
		if (subject.kind() == SubjectKind.BROKER && subject.id() == rater.id()) {
			violations.add(FieldViolation.of("subject", "feedback.rating.self"));
		}
		else if (rater.organisationId() == subjectOrganisationId) {
			violations.add(FieldViolation.of("subject", "feedback.rating.ownOrganisation"));
		}
		if (alreadyRated) {
			violations.add(FieldViolation.of("subject", "feedback.rating.once"));
		}
		if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
			violations.add(FieldViolation.of("score", "feedback.score.range", MIN_SCORE, MAX_SCORE));
		}
		if (comment == null || comment.isBlank()) {
			violations.add(FieldViolation.of("comment", "validation.required"));
		}
		else if (comment.strip().length() > commentMaxLength) {
			violations.add(FieldViolation.of("comment", "validation.size.max", commentMaxLength));
		}
		return violations;
	}
}
