package org.opentechmarket.demand.domain;

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
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;

/**
 * A counterpart's request to talk about a need, with a message and the requester's own contact. The need's owner accepts
 * or declines; only on acceptance does each side see the other's contact.
 */
@Entity
@Table(name = "need_talks")
public class TalkRequest {

	public enum Status {
		PENDING, ACCEPTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_talks_seq")
	@SequenceGenerator(name = "need_talks_seq", sequenceName = "need_talks_seq", allocationSize = 50)
	private Long id;

	private long needId;
	private long requesterUserId;
	private String requesterUsername;
	private long requesterOrganisationId;
	private String requesterOrganisationName;
	private String message;
	private String contactName;
	private String contactPhone;
	private String contactEmail;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant createdAt;
	private Instant decidedAt;
	private String decidedBy;
	@Version
	private int lockVersion;

	protected TalkRequest() {
	}

	TalkRequest(long needId, long requesterUserId, String requesterUsername, long requesterOrganisationId,
			String requesterOrganisationName, String message, Contact contact, Clock clock) {
		this.needId = needId;
		this.requesterUserId = requesterUserId;
		this.requesterUsername = requesterUsername;
		this.requesterOrganisationId = requesterOrganisationId;
		this.requesterOrganisationName = requesterOrganisationName;
		this.message = message;
		this.contactName = contact.name();
		this.contactPhone = contact.phone();
		this.contactEmail = contact.email();
		this.status = Status.PENDING;
		this.createdAt = clock.instant();
	}

	void decide(boolean accept, String by, Clock clock) {
		if (status != Status.PENDING) {
			throw DomainException.conflict("need.talks.alreadyDecided");
		}
		this.status = accept ? Status.ACCEPTED : Status.DECLINED;
		this.decidedAt = clock.instant();
		this.decidedBy = by;
	}

	Contact contact() {
		return new Contact(contactName, contactPhone, contactEmail);
	}

	public Long getId() {
		return id;
	}

	public long getNeedId() {
		return needId;
	}

	public long getRequesterUserId() {
		return requesterUserId;
	}

	public String getRequesterUsername() {
		return requesterUsername;
	}

	public long getRequesterOrganisationId() {
		return requesterOrganisationId;
	}

	public String getRequesterOrganisationName() {
		return requesterOrganisationName;
	}

	public String getMessage() {
		return message;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}
}
