package org.opentechmarket.challenge.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;

/** A milestone of an awarded team's work: title, due date and deliverable; the poster confirms it when it is delivered. */
@Entity
@Table(name = "challenge_milestones")
public class Milestone {

	public enum Status {
		PENDING, CONFIRMED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_milestones_seq")
	@SequenceGenerator(name = "challenge_milestones_seq", sequenceName = "challenge_milestones_seq", allocationSize = 50)
	private Long id;

	private long challengeId;
	private long applicationId;
	private String title;
	private LocalDate dueOn;
	private String deliverable;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String createdBy;
	private Instant createdAt;
	private String confirmedBy;
	private Instant confirmedAt;
	private String confirmNote;

	@Version
	private int lockVersion;

	protected Milestone() {
	}

	public Milestone(long challengeId, long applicationId, String title, LocalDate dueOn, String deliverable,
			String createdBy, Clock clock) {
		this.challengeId = challengeId;
		this.applicationId = applicationId;
		this.title = title;
		this.dueOn = dueOn;
		this.deliverable = deliverable;
		this.status = Status.PENDING;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
	}

	public void confirm(String by, String note, Clock clock) {
		if (status != Status.PENDING) {
			throw DomainException.conflict("challenge.milestone.confirmed");
		}
		this.status = Status.CONFIRMED;
		this.confirmedBy = by;
		this.confirmNote = note;
		this.confirmedAt = clock.instant();
	}

	public boolean isConfirmed() {
		return status == Status.CONFIRMED;
	}

	public boolean isOverdue(LocalDate today) {
		return status == Status.PENDING && today.isAfter(dueOn);
	}

	public Long getId() {
		return id;
	}

	public long getChallengeId() {
		return challengeId;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getDeliverable() {
		return deliverable;
	}

	public Status getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public String getConfirmNote() {
		return confirmNote;
	}
}
