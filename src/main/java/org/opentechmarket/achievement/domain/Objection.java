package org.opentechmarket.achievement.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.platform.DomainException;

/** 异议: an objection filed during the public notice. While open it holds publication. */
@Entity
@Table(name = "achievement_objections")
public class Objection {

	public enum Status {
		OPEN, UPHELD, DISMISSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objections_seq")
	@SequenceGenerator(name = "objections_seq", sequenceName = "achievement_objections_seq", allocationSize = 1)
	private Long id;
	private long achievementId;
	private String filedBy;
	private long filedByOrganisationId;
	private Instant filedAt;
	private String reasons;
	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;
	private String resolvedBy;
	private Instant resolvedAt;
	private String resolution;

	protected Objection() {
	}

	public Objection(long achievementId, String filedBy, long filedByOrganisationId, String reasons, Clock clock) {
		this.achievementId = achievementId;
		this.filedBy = filedBy;
		this.filedByOrganisationId = filedByOrganisationId;
		this.reasons = reasons;
		this.filedAt = clock.instant();
	}

	public void resolve(boolean upheld, String resolution, String admin, Clock clock) {
		if (status != Status.OPEN) {
			throw DomainException.conflict("objection.alreadyResolved");
		}
		if (resolution == null || resolution.isBlank()) {
			throw DomainException.invalid(java.util.List.of(org.opentechmarket.platform.FieldViolation.of("resolution",
					"validation.required")));
		}
		this.status = upheld ? Status.UPHELD : Status.DISMISSED;
		this.resolution = resolution.strip();
		this.resolvedBy = admin;
		this.resolvedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public String getFiledBy() {
		return filedBy;
	}

	public long getFiledByOrganisationId() {
		return filedByOrganisationId;
	}

	public Instant getFiledAt() {
		return filedAt;
	}

	public String getReasons() {
		return reasons;
	}

	public Status getStatus() {
		return status;
	}

	public String getResolvedBy() {
		return resolvedBy;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public String getResolution() {
		return resolution;
	}
}
