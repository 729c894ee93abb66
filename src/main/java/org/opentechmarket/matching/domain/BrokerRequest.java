package org.opentechmarket.matching.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
 * A need's owner hands the need to a broker (typically when no strong match was found): the request is open to the
 * brokers of transfer institutions until one takes it (the broker module then records the broker as attached to the need,
 * in force at once: the request is the owner's consent) or the owner cancels it. {@code OPEN → TAKEN | CANCELLED}.
 */
@Entity
@Table(name = "matching_broker_requests")
public class BrokerRequest {

	public enum Status {
		OPEN, TAKEN, CANCELLED;

		private static final Map<Status, Set<Status>> ALLOWED = Map.of(OPEN, EnumSet.of(TAKEN, CANCELLED), TAKEN,
				EnumSet.noneOf(Status.class), CANCELLED, EnumSet.noneOf(Status.class));

		public boolean canBecome(Status next) {
			return ALLOWED.get(this).contains(next);
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_broker_requests_seq")
	@SequenceGenerator(name = "matching_broker_requests_seq", sequenceName = "matching_broker_requests_seq",
			allocationSize = 50)
	private Long id;

	private long needId;
	private long ownerOrganisationId;
	private long requestedByUserId;
	private String requestedBy;
	private String note;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Long takenByUserId;
	private Long attachmentId;
	private String decidedBy;
	private Instant createdAt;
	private Instant decidedAt;
	@Version
	private int lockVersion;

	protected BrokerRequest() {
	}

	BrokerRequest(long needId, long ownerOrganisationId, long requestedByUserId, String requestedBy, String note,
			Clock clock) {
		this.needId = needId;
		this.ownerOrganisationId = ownerOrganisationId;
		this.requestedByUserId = requestedByUserId;
		this.requestedBy = requestedBy;
		this.note = note;
		this.status = Status.OPEN;
		this.createdAt = clock.instant();
	}

	void take(long brokerUserId, long attachmentId, String by, Clock clock) {
		move(Status.TAKEN, by, clock);
		this.takenByUserId = brokerUserId;
		this.attachmentId = attachmentId;
	}

	void cancel(String by, Clock clock) {
		move(Status.CANCELLED, by, clock);
	}

	private void move(Status next, String by, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("matching.brokerRequest.notOpen");
		}
		this.status = next;
		this.decidedBy = by;
		this.decidedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getNeedId() {
		return needId;
	}

	public long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public long getRequestedByUserId() {
		return requestedByUserId;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public String getNote() {
		return note;
	}

	public Status getStatus() {
		return status;
	}

	public Long getTakenByUserId() {
		return takenByUserId;
	}

	public Long getAttachmentId() {
		return attachmentId;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
