package org.opentechmarket.institution.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.SubjectKind;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/** A client's rating (1–5 with a comment) of an organisation or a broker; counts only once an administrator approves it. */
@Entity
@Table(name = "feedback_ratings")
public class Rating {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_ratings_seq")
	@SequenceGenerator(name = "feedback_ratings_seq", sequenceName = "feedback_ratings_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private SubjectKind subjectKind;
	private long subjectId;
	private long subjectOrganisationId;
	private String subjectName;
	private long raterUserId;
	private long raterOrganisationId;
	private String raterOrganisationName;
	private int ratingYear;
	private int score;
	private String comment;
	@Enumerated(EnumType.STRING)
	private RatingStatus status = RatingStatus.PENDING;
	private String decisionReason;
	private String decidedBy;
	private Instant decidedAt;
	private Instant createdAt;
	@Version
	private int version;

	protected Rating() {
	}

	public Rating(FeedbackSubject subject, long subjectOrganisationId, String subjectName, long raterUserId,
			long raterOrganisationId, String raterOrganisationName, int year, int score, String comment, Clock clock) {
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.subjectOrganisationId = subjectOrganisationId;
		this.subjectName = subjectName;
		this.raterUserId = raterUserId;
		this.raterOrganisationId = raterOrganisationId;
		this.raterOrganisationName = raterOrganisationName;
		this.ratingYear = year;
		this.score = score;
		this.comment = comment;
		this.createdAt = clock.instant();
	}

	public void approve(String admin, Clock clock) {
		requirePending();
		this.status = RatingStatus.APPROVED;
		this.decidedBy = admin;
		this.decidedAt = clock.instant();
	}

	public void reject(String reason, String admin, Clock clock) {
		requirePending();
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.reasonRequired")));
		}
		this.status = RatingStatus.REJECTED;
		this.decisionReason = reason.strip();
		this.decidedBy = admin;
		this.decidedAt = clock.instant();
	}

	private void requirePending() {
		if (status != RatingStatus.PENDING) {
			throw DomainException.conflict("feedback.rating.alreadyDecided");
		}
	}

	public FeedbackSubject subject() {
		return new FeedbackSubject(subjectKind, subjectId);
	}

	public Long getId() {
		return id;
	}

	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public long getSubjectOrganisationId() {
		return subjectOrganisationId;
	}

	public String getSubjectName() {
		return subjectName;
	}

	public long getRaterUserId() {
		return raterUserId;
	}

	public long getRaterOrganisationId() {
		return raterOrganisationId;
	}

	public String getRaterOrganisationName() {
		return raterOrganisationName;
	}

	public int getRatingYear() {
		return ratingYear;
	}

	public int getScore() {
		return score;
	}

	public String getComment() {
		return comment;
	}

	public RatingStatus getStatus() {
		return status;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
