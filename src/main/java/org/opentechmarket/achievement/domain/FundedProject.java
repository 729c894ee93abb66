package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
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
import org.opentechmarket.achievement.domain.Codes.FundingSource;

/**
 * A fiscally funded project whose results must be registered within the deadline after acceptance (应登尽登, seed 002 §3).
 * The registration status is derived from the clock and the registrations that cite the project number.
 */
@Entity
@Table(name = "funded_projects")
public class FundedProject {

	/** Registration status against the deadline. */
	public enum DeadlineStatus {
		NOT_DUE, DUE, ON_TIME, LATE, OVERDUE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funded_projects_seq")
	@SequenceGenerator(name = "funded_projects_seq", sequenceName = "funded_projects_seq", allocationSize = 50)
	private Long id;
	private String projectNumber;
	private String title;
	private long holderOrganisationId;
	private String holderName;
	@Enumerated(EnumType.STRING)
	private FundingSource fundingLevel;
	private BigDecimal fundingWan;
	private LocalDate acceptanceDate;
	private Instant createdAt;
	private String createdBy;

	protected FundedProject() {
	}

	public FundedProject(String projectNumber, String title, long holderOrganisationId, String holderName,
			FundingSource fundingLevel, BigDecimal fundingWan, LocalDate acceptanceDate, Instant createdAt, String createdBy) {
		this.projectNumber = projectNumber;
		this.title = title;
		this.holderOrganisationId = holderOrganisationId;
		this.holderName = holderName;
		this.fundingLevel = fundingLevel;
		this.fundingWan = fundingWan;
		this.acceptanceDate = acceptanceDate;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public LocalDate deadline(int days) {
		return acceptanceDate == null ? null : acceptanceDate.plusDays(days);
	}

	/**
	 * @param registeredOn the day the first registration citing this project was submitted, or null
	 */
	public DeadlineStatus status(LocalDate today, LocalDate registeredOn, int days) {
		LocalDate deadline = deadline(days);
		if (registeredOn != null) {
			return deadline == null || !registeredOn.isAfter(deadline) ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE;
		}
		if (deadline == null || today.isBefore(acceptanceDate)) {
			return DeadlineStatus.NOT_DUE;
		}
		return today.isAfter(deadline) ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE;
	}

	public Long getId() {
		return id;
	}

	public String getProjectNumber() {
		return projectNumber;
	}

	public String getTitle() {
		return title;
	}

	public long getHolderOrganisationId() {
		return holderOrganisationId;
	}

	public String getHolderName() {
		return holderName;
	}

	public FundingSource getFundingLevel() {
		return fundingLevel;
	}

	public BigDecimal getFundingWan() {
		return fundingWan;
	}

	public LocalDate getAcceptanceDate() {
		return acceptanceDate;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}
}
