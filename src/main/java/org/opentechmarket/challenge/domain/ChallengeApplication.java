package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DomainException;

/**
 * An organisation's application (揭榜) to a challenge: proposal, plan and team, then the expert review's panel score and
 * outcome (from {@code ReviewPublished}), then the award decision. One per organisation and challenge (unique key).
 */
@Entity
@Table(name = "challenge_applications")
public class ChallengeApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_applications_seq")
	@SequenceGenerator(name = "challenge_applications_seq", sequenceName = "challenge_applications_seq", allocationSize = 50)
	private Long id;

	private long challengeId;
	private long applicantOrganisationId;
	private String applicantName;
	@Enumerated(EnumType.STRING)
	private OrganisationType applicantType;
	private String submittedBy;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private String proposal;
	private String plan;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "challenge_team_members", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<TeamMember> team = new ArrayList<>();

	private Long reviewId;
	private BigDecimal reviewScore;
	@Enumerated(EnumType.STRING)
	private ReviewOutcome reviewOutcome;
	private Instant reviewedAt;
	private Integer awardRank;

	private Instant createdAt;
	private Instant submittedAt;
	private Instant withdrawnAt;
	private Instant updatedAt;

	@Version
	private int lockVersion;

	protected ChallengeApplication() {
	}

	public ChallengeApplication(long challengeId, long applicantOrganisationId, String applicantName,
			OrganisationType applicantType, String submittedBy, String proposal, String plan, List<TeamMember> team,
			Clock clock) {
		this.challengeId = challengeId;
		this.applicantOrganisationId = applicantOrganisationId;
		this.applicantName = applicantName;
		this.applicantType = applicantType;
		this.submittedBy = submittedBy;
		this.status = ApplicationStatus.SUBMITTED;
		this.proposal = proposal;
		this.plan = plan;
		this.team.addAll(team);
		this.createdAt = clock.instant();
		this.submittedAt = createdAt;
		this.updatedAt = createdAt;
	}

	// ------------------------------------------------------------------ behaviour

	/** A withdrawn application is submitted again, with new content (the same row: one per organisation). */
	public void resubmit(String submittedBy, String proposal, String plan, List<TeamMember> team, Clock clock) {
		move(ApplicationStatus.SUBMITTED, clock);
		this.submittedBy = submittedBy;
		this.proposal = proposal;
		this.plan = plan;
		this.team.clear();
		this.team.addAll(team);
		this.submittedAt = clock.instant();
		this.withdrawnAt = null;
	}

	public void withdraw(Clock clock) {
		move(ApplicationStatus.WITHDRAWN, clock);
		this.withdrawnAt = clock.instant();
	}

	/** The expert review of this proposal was opened (again, when an earlier one was cancelled). */
	public void underReview(long reviewId, Clock clock) {
		if (status != ApplicationStatus.UNDER_REVIEW) {
			move(ApplicationStatus.UNDER_REVIEW, clock);
		}
		this.reviewId = reviewId;
		this.updatedAt = clock.instant();
	}

	/**
	 * The review's result was published. Idempotent: the same review recorded again changes nothing.
	 *
	 * @return true when recorded now
	 */
	public boolean reviewed(long reviewId, BigDecimal score, ReviewOutcome outcome, Clock clock) {
		if (this.reviewId == null || this.reviewId != reviewId || status != ApplicationStatus.UNDER_REVIEW) {
			return false;
		}
		move(ApplicationStatus.REVIEWED, clock);
		this.reviewScore = score;
		this.reviewOutcome = outcome;
		this.reviewedAt = clock.instant();
		return true;
	}

	public void award(int rank, Clock clock) {
		move(ApplicationStatus.AWARDED, clock);
		this.awardRank = rank;
	}

	public void notAwarded(Integer rank, Clock clock) {
		move(ApplicationStatus.NOT_AWARDED, clock);
		this.awardRank = rank;
	}

	private void move(ApplicationStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("challenge.application.transition", status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = clock.instant();
	}

	/** Passed the expert review: may be named a winner. */
	public boolean passedReview() {
		return reviewOutcome == ReviewOutcome.PASSED && reviewScore != null;
	}

	// ------------------------------------------------------------------ getters

	public Long getId() {
		return id;
	}

	public long getChallengeId() {
		return challengeId;
	}

	public long getApplicantOrganisationId() {
		return applicantOrganisationId;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public OrganisationType getApplicantType() {
		return applicantType;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public String getProposal() {
		return proposal;
	}

	public String getPlan() {
		return plan;
	}

	public List<TeamMember> getTeam() {
		return team;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public BigDecimal getReviewScore() {
		return reviewScore;
	}

	public ReviewOutcome getReviewOutcome() {
		return reviewOutcome;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public Integer getAwardRank() {
		return awardRank;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
