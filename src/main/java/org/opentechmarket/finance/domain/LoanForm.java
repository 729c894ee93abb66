package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What a financier enters for a loan (page form and API body alike); the service checks every field. */
public class LoanForm {

	private LoanKind kind = LoanKind.PLEDGE;
	private String borrower;
	private Long achievementId;
	private String pledgedPatents;
	private BigDecimal amount;
	private Integer termMonths;
	private BigDecimal annualRate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate appliedOn;
	private String note;

	public LoanKind getKind() {
		return kind;
	}

	public void setKind(LoanKind kind) {
		this.kind = kind;
	}

	public String getBorrower() {
		return borrower;
	}

	public void setBorrower(String borrower) {
		this.borrower = borrower;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}

	public String getPledgedPatents() {
		return pledgedPatents;
	}

	public void setPledgedPatents(String pledgedPatents) {
		this.pledgedPatents = pledgedPatents;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Integer getTermMonths() {
		return termMonths;
	}

	public void setTermMonths(Integer termMonths) {
		this.termMonths = termMonths;
	}

	public BigDecimal getAnnualRate() {
		return annualRate;
	}

	public void setAnnualRate(BigDecimal annualRate) {
		this.annualRate = annualRate;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public void setAppliedOn(LocalDate appliedOn) {
		this.appliedOn = appliedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
