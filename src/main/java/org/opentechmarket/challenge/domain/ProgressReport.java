package org.opentechmarket.challenge.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A progress report of an awarded team, optionally on one milestone, with attachments (files of kind REPORT). */
@Entity
@Table(name = "challenge_reports")
public class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_reports_seq")
	@SequenceGenerator(name = "challenge_reports_seq", sequenceName = "challenge_reports_seq", allocationSize = 50)
	private Long id;

	private long challengeId;
	private long applicationId;
	private Long milestoneId;
	private String summary;
	private String submittedBy;
	private Instant submittedAt;

	protected ProgressReport() {
	}

	public ProgressReport(long challengeId, long applicationId, Long milestoneId, String summary, String submittedBy,
			Clock clock) {
		this.challengeId = challengeId;
		this.applicationId = applicationId;
		this.milestoneId = milestoneId;
		this.summary = summary;
		this.submittedBy = submittedBy;
		this.submittedAt = clock.instant();
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

	public Long getMilestoneId() {
		return milestoneId;
	}

	public String getSummary() {
		return summary;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}
}
