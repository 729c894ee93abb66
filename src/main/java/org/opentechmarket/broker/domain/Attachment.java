package org.opentechmarket.broker.domain;

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
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.platform.DomainException;

/**
 * A broker working on an achievement, need or deal, with consent: the side that did not propose it accepts or declines.
 * {@code PENDING → ACCEPTED | DECLINED}; {@code ACCEPTED → ENDED}.
 */
@Entity
@Table(name = "broker_attachments")
public class Attachment {

	public enum Status {
		PENDING, ACCEPTED, DECLINED, ENDED
	}

	/** Who proposed: the broker offers to work on the subject, or the holder invites the broker. */
	public enum Initiator {
		BROKER, HOLDER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_attachments_seq")
	@SequenceGenerator(name = "broker_attachments_seq", sequenceName = "broker_attachments_seq", allocationSize = 50)
	private Long id;
	private long brokerUserId;
	@Enumerated(EnumType.STRING)
	private AttachmentSubject subjectType;
	private long subjectId;
	private long holderOrganisationId;
	@Enumerated(EnumType.STRING)
	private Initiator initiatedBy;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String requestedBy;
	private Instant requestedAt;
	private String decidedBy;
	private Instant decidedAt;
	@Version
	private int version;

	protected Attachment() {
	}

	public Attachment(long brokerUserId, AttachmentSubject subjectType, long subjectId, long holderOrganisationId,
			Initiator initiatedBy, String requestedBy, Clock clock) {
		this.brokerUserId = brokerUserId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.holderOrganisationId = holderOrganisationId;
		this.initiatedBy = initiatedBy;
		this.status = Status.PENDING;
		this.requestedBy = requestedBy;
		this.requestedAt = clock.instant();
	}

	/** The side that must consent: the holder for a broker's offer, the broker for a holder's invitation. */
	public Initiator consentingSide() {
		return initiatedBy == Initiator.BROKER ? Initiator.HOLDER : Initiator.BROKER;
	}

	public void decide(boolean accept, String by, Clock clock) {
		if (status != Status.PENDING) {
			throw DomainException.conflict("broker.attachment.alreadyDecided");
		}
		this.status = accept ? Status.ACCEPTED : Status.DECLINED;
		this.decidedBy = by;
		this.decidedAt = clock.instant();
	}

	public void end(String by, Clock clock) {
		if (status != Status.ACCEPTED) {
			throw DomainException.conflict("broker.attachment.notInForce");
		}
		this.status = Status.ENDED;
		this.decidedBy = by;
		this.decidedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public AttachmentSubject getSubjectType() {
		return subjectType;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public long getHolderOrganisationId() {
		return holderOrganisationId;
	}

	public Initiator getInitiatedBy() {
		return initiatedBy;
	}

	public Status getStatus() {
		return status;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
