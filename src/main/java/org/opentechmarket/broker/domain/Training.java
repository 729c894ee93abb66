package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
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

/** A training a broker gave (title, date, hours, audience, evidence); TRAINING_GIVEN points only once an administrator verifies it. */
@Entity
@Table(name = "broker_trainings")
public class Training {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_trainings_seq")
	@SequenceGenerator(name = "broker_trainings_seq", sequenceName = "broker_trainings_seq", allocationSize = 50)
	private Long id;
	private long brokerUserId;
	private String title;
	private LocalDate givenOn;
	private BigDecimal hours;
	private int audienceSize;
	@Embedded
	private EvidenceFile evidence;
	@Enumerated(EnumType.STRING)
	private Verification status;
	private Instant recordedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionNote;
	@Version
	private int version;

	protected Training() {
	}

	public Training(long brokerUserId, String title, LocalDate givenOn, BigDecimal hours, int audienceSize,
			EvidenceFile evidence, Clock clock) {
		this.brokerUserId = brokerUserId;
		this.title = title;
		this.givenOn = givenOn;
		this.hours = hours;
		this.audienceSize = audienceSize;
		this.evidence = evidence;
		this.status = Verification.RECORDED;
		this.recordedAt = clock.instant();
	}

	public void decide(boolean verified, String note, String admin, Clock clock) {
		if (status != Verification.RECORDED) {
			throw DomainException.conflict("broker.verification.alreadyDecided");
		}
		if (!verified && (note == null || note.isBlank())) {
			throw DomainException.invalid(java.util.List.of(org.opentechmarket.platform.FieldViolation.of("note",
					"validation.required")));
		}
		this.status = verified ? Verification.VERIFIED : Verification.REJECTED;
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedBy = admin;
		this.decidedAt = clock.instant();
	}

	/** The ledger reference of this training's points. */
	public String pointReference() {
		return "training:" + id;
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public int getAudienceSize() {
		return audienceSize;
	}

	public EvidenceFile getEvidence() {
		return evidence;
	}

	public Verification getStatus() {
		return status;
	}

	public Instant getRecordedAt() {
		return recordedAt;
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
