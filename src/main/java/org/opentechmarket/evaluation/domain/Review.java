package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.platform.DomainException;

/** An expert review of one subject: its criteria, panel size, deadline, anonymity, visibility, and the published result. */
@Entity
@Table(name = "reviews")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviews_seq")
	@SequenceGenerator(name = "reviews_seq", sequenceName = "reviews_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private ReviewSubjectType subjectType;
	private long subjectId;
	private String subjectTitle;
	private String subjectLink;
	private int panelSize;
	private Instant deadline;
	private boolean anonymous;
	@Enumerated(EnumType.STRING)
	private ReviewVisibility visibility;
	private BigDecimal passThreshold;
	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.OPEN;
	@Enumerated(EnumType.STRING)
	private ReviewOutcome outcome;
	private String reasons;
	private BigDecimal score;
	private String createdBy;
	private Instant createdAt;
	private Instant closedAt;
	private Instant publishedAt;
	private String publishedBy;
	@Version
	private int version;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_criteria", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "review_readers", joinColumns = @JoinColumn(name = "review_id"))
	@Column(name = "organisation_id")
	private Set<Long> readerOrganisationIds = new LinkedHashSet<>();

	protected Review() {
	}

	public Review(ReviewSubjectType subjectType, long subjectId, String subjectTitle, String subjectLink, int panelSize,
			List<Criterion> criteria, Instant deadline, boolean anonymous, ReviewVisibility visibility,
			BigDecimal passThreshold, Set<Long> readerOrganisationIds, String createdBy, Clock clock) {
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.subjectTitle = subjectTitle;
		this.subjectLink = subjectLink;
		this.panelSize = panelSize;
		this.criteria.addAll(criteria);
		this.deadline = deadline;
		this.anonymous = anonymous;
		this.visibility = visibility;
		this.passThreshold = passThreshold;
		this.readerOrganisationIds.addAll(readerOrganisationIds);
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
	}

	private void move(ReviewStatus target) {
		if (!status.canMoveTo(target)) {
			throw DomainException.conflict("evaluation.review.transition", status.name(), target.name());
		}
		status = target;
	}

	public void close(Clock clock) {
		move(ReviewStatus.CLOSED);
		closedAt = clock.instant();
	}

	public void publish(ReviewOutcome outcome, String reasons, BigDecimal score, String actor, Clock clock) {
		if (outcome == null) {
			throw DomainException.invalid(List.of(org.opentechmarket.platform.FieldViolation.of("outcome", "evaluation.outcome.required")));
		}
		if (reasons == null || reasons.isBlank()) {
			throw DomainException.invalid(List.of(org.opentechmarket.platform.FieldViolation.of("reasons", "evaluation.reasons.required")));
		}
		move(ReviewStatus.PUBLISHED);
		this.outcome = outcome;
		this.reasons = reasons.strip();
		this.score = score;
		this.publishedAt = clock.instant();
		this.publishedBy = actor;
	}

	public void cancel(Clock clock) {
		move(ReviewStatus.CANCELLED);
		closedAt = clock.instant();
	}

	public boolean isOpen() {
		return status == ReviewStatus.OPEN;
	}

	public Long getId() {
		return id;
	}

	public ReviewSubjectType getSubjectType() {
		return subjectType;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public String getSubjectTitle() {
		return subjectTitle;
	}

	public String getSubjectLink() {
		return subjectLink;
	}

	public int getPanelSize() {
		return panelSize;
	}

	public Instant getDeadline() {
		return deadline;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public ReviewVisibility getVisibility() {
		return visibility;
	}

	public BigDecimal getPassThreshold() {
		return passThreshold;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public ReviewOutcome getOutcome() {
		return outcome;
	}

	public String getReasons() {
		return reasons;
	}

	public BigDecimal getScore() {
		return score;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public List<Criterion> getCriteria() {
		return criteria;
	}

	public Set<Long> getReaderOrganisationIds() {
		return readerOrganisationIds;
	}
}
