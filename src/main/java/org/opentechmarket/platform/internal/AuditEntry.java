package org.opentechmarket.platform.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One write, attributed. Append-only: there is no update path. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
	@SequenceGenerator(name = "audit_seq", sequenceName = "audit_log_seq", allocationSize = 50)
	private Long id;
	private Instant at;
	private String username;
	private Long organisationId;
	private String action;
	private String subjectType;
	private String subjectId;
	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String username, Long organisationId, String action, String subjectType, String subjectId,
			String details) {
		this.at = at;
		this.username = username;
		this.organisationId = organisationId;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.details = details;
	}

	public Instant getAt() {
		return at;
	}

	public String getUsername() {
		return username;
	}

	public String getAction() {
		return action;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getDetails() {
		return details;
	}
}
