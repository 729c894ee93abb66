package org.opentechmarket.challenge.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.opentechmarket.challenge.domain.ApplicationStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewSummary;

/**
 * An application in the API. {@code review} (the expert review's status, and once published its panel score and outcome,
 * and {@code link}: the page with every reviewer's scores and written reasons) and {@code awardRank} only for the applicant
 * organisation and the poster side.
 */
public record ApplicationView(long id, long challengeId, String challengeTitle, String applicantName,
		ApplicationStatus status, String proposal, String plan, List<Member> team, Instant submittedAt, Review review,
		Integer awardRank) {

	public record Member(String name, String organisation, String role) {
	}

	public record Review(Long reviewId, String status, BigDecimal score, ReviewOutcome outcome, String link) {
	}

	static ApplicationView of(ChallengeApplication a, Challenge c, ReviewSummary review, boolean results) {
		Review r = null;
		if (results && a.getReviewId() != null) {
			r = review != null ? new Review(review.id(), review.status(), review.score(), review.outcome(), review.link())
					: new Review(a.getReviewId(), null, a.getReviewScore(), a.getReviewOutcome(), null);
		}
		return new ApplicationView(a.getId(), c.getId(), c.getTitle(), a.getApplicantName(), a.getStatus(), a.getProposal(),
				a.getPlan(), a.getTeam().stream().map(m -> new Member(m.getName(), m.getOrganisationName(), m.getRole()))
					.toList(), a.getSubmittedAt(), r, results ? a.getAwardRank() : null);
	}
}
