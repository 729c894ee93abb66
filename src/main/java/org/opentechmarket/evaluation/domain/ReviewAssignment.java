package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.opentechmarket.platform.DomainException;

/** One expert on one review's panel: invitation, answer, scores. Names are kept as they were when invited. */
@Entity
@Table(name = "review_assignments")
public class ReviewAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignments_seq")
	@SequenceGenerator(name = "review_assignments_seq", sequenceName = "review_assignments_seq", allocationSize = 50)
	private Long id;
	private long reviewId;
	private long expertUserId;
	private String username;
	private String expertName;
	private String expertTitle;
	private String organisationName;
	private int drawRound;
	private int tier;
	@Enumerated(EnumType.STRING)
	private AssignmentStatus status = AssignmentStatus.INVITED;
	private Instant invitedAt;
	private Instant responseDue;
	private Instant respondedAt;
	@Enumerated(EnumType.STRING)
	private DeclineReason declineReason;
	private String declineNote;
	private boolean noConflictConfirmed;
	private Instant submittedAt;
	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;
	private String comments;
	private BigDecimal weightedScore;
	private Instant remindedAt;
	private boolean late;
	@Version
	private int version;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_scores", joinColumns = @JoinColumn(name = "assignment_id"))
	@MapKeyColumn(name = "criterion")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

	protected ReviewAssignment() {
	}

	public ReviewAssignment(long reviewId, long expertUserId, String username, String expertName, String expertTitle,
			String organisationName, int drawRound, int tier, Instant responseDue, Clock clock) {
		this.reviewId = reviewId;
		this.expertUserId = expertUserId;
		this.username = username;
		this.expertName = expertName;
		this.expertTitle = expertTitle;
		this.organisationName = organisationName;
		this.drawRound = drawRound;
		this.tier = tier;
		this.invitedAt = clock.instant();
		this.responseDue = responseDue;
	}

	private void move(AssignmentStatus target) {
		if (!status.canMoveTo(target)) {
			throw DomainException.conflict("evaluation.assignment.transition", status.name(), target.name());
		}
		status = target;
	}

	public void accept(boolean confirmNoConflict, Clock clock) {
		if (!confirmNoConflict) {
			throw DomainException.invalid(java.util.List.of(
					org.opentechmarket.platform.FieldViolation.of("confirmNoConflict", "evaluation.accept.confirmRequired")));
		}
		move(AssignmentStatus.ACCEPTED);
		noConflictConfirmed = true;
		respondedAt = clock.instant();
	}

	public void decline(DeclineReason reason, String note, Clock clock) {
		if (reason == null) {
			throw DomainException.invalid(java.util.List.of(
					org.opentechmarket.platform.FieldViolation.of("reason", "evaluation.decline.reasonRequired")));
		}
		move(AssignmentStatus.DECLINED);
		declineReason = reason;
		declineNote = note == null || note.isBlank() ? null : note.strip();
		respondedAt = clock.instant();
	}

	public void expire(Clock clock) {
		move(AssignmentStatus.EXPIRED);
		respondedAt = clock.instant();
	}

	public void withdraw() {
		move(AssignmentStatus.WITHDRAWN);
	}

	public void submit(Map<String, Integer> scores, BigDecimal weightedScore, Recommendation recommendation, String comments,
			Clock clock) {
		move(AssignmentStatus.SUBMITTED);
		this.scores.clear();
		this.scores.putAll(scores);
		this.weightedScore = weightedScore;
		this.recommendation = recommendation;
		this.comments = comments.strip();
		this.submittedAt = clock.instant();
	}

	public void reminded(Clock clock) {
		remindedAt = clock.instant();
	}

	public void markLate() {
		late = true;
	}

	public Long getId() {
		return id;
	}

	public long getReviewId() {
		return reviewId;
	}

	public long getExpertUserId() {
		return expertUserId;
	}

	public String getUsername() {
		return username;
	}

	public String getExpertName() {
		return expertName;
	}

	public String getExpertTitle() {
		return expertTitle;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public int getDrawRound() {
		return drawRound;
	}

	public int getTier() {
		return tier;
	}

	public AssignmentStatus getStatus() {
		return status;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Instant getResponseDue() {
		return responseDue;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public DeclineReason getDeclineReason() {
		return declineReason;
	}

	public String getDeclineNote() {
		return declineNote;
	}

	public boolean isNoConflictConfirmed() {
		return noConflictConfirmed;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Recommendation getRecommendation() {
		return recommendation;
	}

	public String getComments() {
		return comments;
	}

	public BigDecimal getWeightedScore() {
		return weightedScore;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public boolean isLate() {
		return late;
	}

	public Map<String, Integer> getScores() {
		return scores;
	}
}
