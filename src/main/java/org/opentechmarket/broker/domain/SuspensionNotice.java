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
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/**
 * The suspension procedure after failed evaluations (seed 000 §10): a notice with an appeal window; the broker appeals in
 * writing; an administrator upholds the notice (→ suspended) or grants the appeal; without an appeal the window lapses
 * (→ suspended). {@code ISSUED → APPEALED | LAPSED}; {@code APPEALED → UPHELD | GRANTED}.
 */
@Entity
@Table(name = "broker_suspension_notices")
public class SuspensionNotice {

	public enum Status {
		ISSUED, APPEALED, UPHELD, GRANTED, LAPSED;

		public boolean isOpen() {
			return this == ISSUED || this == APPEALED;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_suspension_notices_seq")
	@SequenceGenerator(name = "broker_suspension_notices_seq", sequenceName = "broker_suspension_notices_seq",
			allocationSize = 50)
	private Long id;
	private long brokerUserId;
	private int year;
	private Instant issuedAt;
	private Instant appealDeadline;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String appealText;
	private Instant appealedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionNote;
	@Version
	private int version;

	protected SuspensionNotice() {
	}

	public SuspensionNotice(long brokerUserId, int year, int appealDays, Clock clock) {
		this.brokerUserId = brokerUserId;
		this.year = year;
		this.issuedAt = clock.instant();
		this.appealDeadline = issuedAt.plus(java.time.Duration.ofDays(appealDays));
		this.status = Status.ISSUED;
	}

	public void appeal(String text, Clock clock) {
		if (status != Status.ISSUED) {
			throw DomainException.conflict("broker.notice.notOpenForAppeal");
		}
		if (!clock.instant().isBefore(appealDeadline)) {
			throw DomainException.conflict("broker.notice.appealWindowOver");
		}
		if (text == null || text.strip().length() < 10) {
			throw DomainException.invalid(java.util.List.of(FieldViolation.of("appeal", "broker.notice.appealTooShort", 10)));
		}
		this.appealText = text.strip();
		this.appealedAt = clock.instant();
		this.status = Status.APPEALED;
	}

	/** An administrator's decision on an appeal: true upholds the notice (the broker is suspended). */
	public void decide(boolean uphold, String note, String admin, Clock clock) {
		if (status != Status.APPEALED) {
			throw DomainException.conflict("broker.notice.notAppealed");
		}
		if (note == null || note.isBlank()) {
			throw DomainException.invalid(java.util.List.of(FieldViolation.of("note", "validation.required")));
		}
		this.status = uphold ? Status.UPHELD : Status.GRANTED;
		this.decisionNote = note.strip();
		this.decidedBy = admin;
		this.decidedAt = clock.instant();
	}

	/** The window closed without an appeal; true when this call lapsed it. */
	public boolean lapseIfDue(Clock clock) {
		if (status != Status.ISSUED || clock.instant().isBefore(appealDeadline)) {
			return false;
		}
		this.status = Status.LAPSED;
		this.decidedBy = "system";
		this.decidedAt = clock.instant();
		return true;
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public int getYear() {
		return year;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public Instant getAppealDeadline() {
		return appealDeadline;
	}

	public Status getStatus() {
		return status;
	}

	public String getAppealText() {
		return appealText;
	}

	public Instant getAppealedAt() {
		return appealedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}
}
