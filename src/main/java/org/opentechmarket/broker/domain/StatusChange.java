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
import org.hibernate.annotations.Immutable;

/** One step of a broker's status history (who, when, why). */
@Entity
@Immutable
@Table(name = "broker_status_changes")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_status_changes_seq")
	@SequenceGenerator(name = "broker_status_changes_seq", sequenceName = "broker_status_changes_seq", allocationSize = 50)
	private Long id;
	private long userId;
	@Enumerated(EnumType.STRING)
	private BrokerStatus fromStatus;
	@Enumerated(EnumType.STRING)
	private BrokerStatus toStatus;
	private String reason;
	private String changedBy;
	private Instant changedAt;

	protected StatusChange() {
	}

	public StatusChange(long userId, BrokerStatus from, BrokerStatus to, String reason, String changedBy, Clock clock) {
		this.userId = userId;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = clock.instant();
	}

	public long getUserId() {
		return userId;
	}

	public BrokerStatus getFromStatus() {
		return fromStatus;
	}

	public BrokerStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
