package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

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
 * A loan a financial institution records: an IP pledge loan (知识产权质押融资, with pledged achievement and/or patent numbers)
 * or a technology loan (科技贷款). Its status moves only along {@link LoanStatus}; each step keeps its date.
 */
@Entity
@Table(name = "finance_loans")
public class Loan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_loans_seq")
	@SequenceGenerator(name = "finance_loans_seq", sequenceName = "finance_loans_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private LoanKind kind;
	private long lenderOrganisationId;
	private String lenderName;
	private long borrowerOrganisationId;
	private String borrowerName;
	private String borrowerRegion;
	private Long achievementId;
	private String pledgedPatents;
	private BigDecimal amount;
	private int termMonths;
	private BigDecimal annualRate;
	private LocalDate startDate;
	@Enumerated(EnumType.STRING)
	private LoanStatus status;
	private LocalDate appliedOn;
	private LocalDate approvedOn;
	private LocalDate disbursedOn;
	private LocalDate closedOn;
	private String note;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int lockVersion;

	protected Loan() {
	}

	public Loan(LoanKind kind, Party lender, Party borrower, Long achievementId, String pledgedPatents, BigDecimal amount,
			int termMonths, BigDecimal annualRate, LocalDate startDate, LocalDate appliedOn, String note, String createdBy,
			Clock clock) {
		this.kind = kind;
		this.lenderOrganisationId = lender.id();
		this.lenderName = lender.name();
		this.borrowerOrganisationId = borrower.id();
		this.borrowerName = borrower.name();
		this.borrowerRegion = borrower.regionCode();
		this.achievementId = kind == LoanKind.PLEDGE ? achievementId : null;
		this.pledgedPatents = kind == LoanKind.PLEDGE ? pledgedPatents : null;
		this.amount = amount;
		this.termMonths = termMonths;
		this.annualRate = annualRate;
		this.startDate = startDate;
		this.status = LoanStatus.APPLIED;
		this.appliedOn = appliedOn;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/**
	 * Moves the loan to {@code next} on the given day: only along {@link LoanStatus}, never on a day after today nor before
	 * the loan's previous step.
	 */
	public void moveTo(LoanStatus next, LocalDate on, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("finance.loan.transition.notAllowed", status.name(), next.name());
		}
		LocalDate today = LocalDate.now(clock);
		if (on.isAfter(today)) {
			throw DomainException.invalid(List.of(FieldViolation.of("on", "finance.date.future")));
		}
		LocalDate previous = lastStepDate();
		if (on.isBefore(previous)) {
			throw DomainException.invalid(List.of(FieldViolation.of("on", "finance.date.notBefore", previous.toString())));
		}
		switch (next) {
			case APPROVED -> approvedOn = on;
			case DISBURSED -> {
				disbursedOn = on;
				if (startDate == null) {
					startDate = on;
				}
			}
			case REPAID, REJECTED, DEFAULTED -> closedOn = on;
			case APPLIED -> throw new IllegalStateException("no transition leads back to APPLIED");
		}
		status = next;
		updatedAt = clock.instant();
	}

	LocalDate lastStepDate() {
		return Stream.of(closedOn, disbursedOn, approvedOn, appliedOn).filter(d -> d != null).findFirst().orElseThrow();
	}

	public boolean involves(long organisationId) {
		return lenderOrganisationId == organisationId || borrowerOrganisationId == organisationId;
	}

	public Long getId() {
		return id;
	}

	public LoanKind getKind() {
		return kind;
	}

	public long getLenderOrganisationId() {
		return lenderOrganisationId;
	}

	public String getLenderName() {
		return lenderName;
	}

	public long getBorrowerOrganisationId() {
		return borrowerOrganisationId;
	}

	public String getBorrowerName() {
		return borrowerName;
	}

	public String getBorrowerRegion() {
		return borrowerRegion;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public String getPledgedPatents() {
		return pledgedPatents;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public int getTermMonths() {
		return termMonths;
	}

	public BigDecimal getAnnualRate() {
		return annualRate;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LoanStatus getStatus() {
		return status;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public LocalDate getDisbursedOn() {
		return disbursedOn;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public String getNote() {
		return note;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
