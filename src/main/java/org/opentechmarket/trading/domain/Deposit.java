package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
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
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;

/**
 * A deposit (保证金) a payer organisation owes for a subject (an auction registration, a listing intent, a tender bid). Every
 * state change goes through {@link #move}: a change that already happened returns false (nothing to do, nothing to audit), a
 * change the lifecycle does not allow is a conflict.
 */
@Entity
@Table(name = "deposits")
public class Deposit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposits_seq")
	@SequenceGenerator(name = "deposits_seq", sequenceName = "deposits_seq", allocationSize = 50)
	private Long id;

	private String subjectKind;
	private long subjectId;
	private long payerOrganisationId;
	private BigDecimal amount;
	@Enumerated(EnumType.STRING)
	private DepositStatus status;
	private String bankReference;
	private String confirmedBy;
	private Instant confirmedAt;
	private Long appliedToDealId;
	private String closedReason;
	private Instant closedAt;
	private Instant createdAt;
	@Version
	private int lockVersion;

	protected Deposit() {
	}

	public Deposit(DepositSubject subject, long payerOrganisationId, BigDecimal amount, Clock clock) {
		if (!Money.isValid(amount)) {
			throw new IllegalArgumentException("deposit amount: " + amount);
		}
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.payerOrganisationId = payerOrganisationId;
		this.amount = Money.normal(amount);
		this.status = DepositStatus.PENDING;
		this.createdAt = clock.instant();
	}

	/** Records the money as received; false when it had been confirmed before (whatever happened to it since). */
	public boolean confirm(String bankReference, String by, Clock clock) {
		if (confirmedAt != null) {
			return false;
		}
		move(DepositStatus.CONFIRMED);
		this.bankReference = bankReference;
		this.confirmedBy = by;
		this.confirmedAt = clock.instant();
		return true;
	}

	public boolean release(String reason, Clock clock) {
		if (status == DepositStatus.RELEASED) {
			return false;
		}
		move(DepositStatus.RELEASED);
		close(reason, clock);
		return true;
	}

	public boolean forfeit(String reason, Clock clock) {
		if (status == DepositStatus.FORFEITED) {
			return false;
		}
		move(DepositStatus.FORFEITED);
		close(reason, clock);
		return true;
	}

	/** Counts the deposit toward a deal's price; applying it again to the same deal changes nothing. */
	public boolean applyTo(long dealId, Clock clock) {
		if (status == DepositStatus.APPLIED && appliedToDealId != null && appliedToDealId == dealId) {
			return false;
		}
		if (status == DepositStatus.PENDING) {
			throw DomainException.conflict("deposit.notConfirmed", id);
		}
		move(DepositStatus.APPLIED);
		this.appliedToDealId = dealId;
		close("deal " + dealId, clock);
		return true;
	}

	private void move(DepositStatus next) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("deposit.transition.notAllowed", id, status.name(), next.name());
		}
		this.status = next;
	}

	private void close(String reason, Clock clock) {
		this.closedReason = reason;
		this.closedAt = clock.instant();
	}

	public DepositView view() {
		return new DepositView(id, subject(), payerOrganisationId, amount, status, bankReference, confirmedBy, confirmedAt,
				appliedToDealId);
	}

	public DepositSubject subject() {
		return new DepositSubject(subjectKind, subjectId);
	}

	public Long getId() {
		return id;
	}

	public long getPayerOrganisationId() {
		return payerOrganisationId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public DepositStatus getStatus() {
		return status;
	}

	public String getBankReference() {
		return bankReference;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public Long getAppliedToDealId() {
		return appliedToDealId;
	}

	public String getClosedReason() {
		return closedReason;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getSubjectKind() {
		return subjectKind;
	}

	public long getSubjectId() {
		return subjectId;
	}
}
