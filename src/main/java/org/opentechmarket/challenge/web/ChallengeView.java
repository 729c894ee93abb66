package org.opentechmarket.challenge.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ReviewMethod;
import org.opentechmarket.people.OrganisationType;

/**
 * A challenge in the API: the public call, the number of active applications, and once awarded the winners (organisation and
 * rank, never scores: no applicant sees another's) with the award's reason. {@code reviewNote} and {@code cancelReason} for
 * those who manage it only.
 */
public record ChallengeView(long id, ChallengeStatus status, String posterName, OrganisationType posterType, String title,
		String problem, String targets, String industryCode, String disciplineCode, String regionCode,
		boolean bountyNegotiable, BigDecimal bountyAmount, Set<OrganisationType> eligibleTypes, String eligibleRegionCode,
		boolean jointTeamsAllowed, String eligibilityNotes, LocalDate opensOn, LocalDate closesOn, ReviewMethod reviewMethod,
		boolean anonymousReview, List<Criterion> criteria, Integer winnersMax, boolean postSubsidy, String awardRules,
		Long needId, Instant postedAt, long applications, Award award, Instant closedAt, String reviewNote,
		String cancelReason) {

	public record Criterion(String name, BigDecimal weight) {
	}

	public record Winner(String organisation, Integer rank) {
	}

	/** The published award: when, whether it followed the expert ranking, the poster's reason, the winners. */
	public record Award(Instant awardedAt, boolean followedRanking, String reason, List<Winner> winners) {
	}

	static ChallengeView of(Challenge c, long applications, List<ChallengeApplication> winners, boolean manage) {
		Award award = c.getAwardedAt() == null ? null
				: new Award(c.getAwardedAt(), Boolean.TRUE.equals(c.getAwardFollowedRanking()), c.getAwardReason(),
						winners.stream().map(w -> new Winner(w.getApplicantName(), w.getAwardRank())).toList());
		return new ChallengeView(c.getId(), c.getStatus(), c.getPosterName(), c.getPosterType(), c.getTitle(), c.getProblem(),
				c.getTargets(), c.getIndustryCode(), c.getDisciplineCode(), c.getRegionCode(), c.isBountyNegotiable(),
				c.getBountyAmount(), c.eligibleTypeSet(), c.getEligibleRegionCode(), c.isJointTeamsAllowed(),
				c.getEligibilityNotes(), c.getOpensOn(), c.getClosesOn(), c.getReviewMethod(), c.isAnonymousReview(),
				c.getCriteria().stream().map(x -> new Criterion(x.getName(), x.getWeight())).toList(), c.getWinnersMax(),
				c.isPostSubsidy(), c.getAwardRules(), c.getNeedId(), c.getPostedAt(), applications, award, c.getClosedAt(),
				manage ? c.getReviewNote() : null, c.wasEverPosted() || manage ? c.getCancelReason() : null);
	}
}
