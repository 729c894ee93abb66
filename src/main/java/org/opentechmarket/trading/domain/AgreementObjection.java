package org.opentechmarket.trading.domain;

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

/** An objection (异议) to a negotiated price in public notice; an administrator upholds or dismisses it with a reason. */
@Entity
@Table(name = "agreement_objections")
public class AgreementObjection {

	public enum Status {
		OPEN, UPHELD, DISMISSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_objections_seq")
	@SequenceGenerator(name = "agreement_objections_seq", sequenceName = "agreement_objections_seq", allocationSize = 50)
	private Long id;

	private long agreementId;
	private String filedBy;
	private long filedByOrganisationId;
	private String reasons;
	private Instant filedAt;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String resolution;
	private String resolvedBy;
	private Instant resolvedAt;

	protected AgreementObjection() {
	}

	AgreementObjection(long agreementId, String filedBy, long filedByOrganisationId, String reasons, Clock clock) {
		this.agreementId = agreementId;
		this.filedBy = filedBy;
		this.filedByOrganisationId = filedByOrganisationId;
		this.reasons = reasons;
		this.filedAt = clock.instant();
		this.status = Status.OPEN;
	}

	void resolve(boolean upheld, String resolution, String by, Clock clock) {
		if (status != Status.OPEN) {
			throw DomainException.conflict("objection.alreadyResolved");
		}
		this.status = upheld ? Status.UPHELD : Status.DISMISSED;
		this.resolution = resolution;
		this.resolvedBy = by;
		this.resolvedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public String getFiledBy() {
		return filedBy;
	}

	public long getFiledByOrganisationId() {
		return filedByOrganisationId;
	}

	public String getReasons() {
		return reasons;
	}

	public Instant getFiledAt() {
		return filedAt;
	}

	public Status getStatus() {
		return status;
	}

	public String getResolution() {
		return resolution;
	}

	public String getResolvedBy() {
		return resolvedBy;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}
}
