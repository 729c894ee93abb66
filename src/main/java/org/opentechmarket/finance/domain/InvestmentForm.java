package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An equity investment as the investor enters it. */
public class InvestmentForm {

	private String investee;
	private Long achievementId;
	private BigDecimal amount;
	private BigDecimal sharePercent;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate investedOn;
	private String note;

	public String getInvestee() {
		return investee;
	}

	public void setInvestee(String investee) {
		this.investee = investee;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getSharePercent() {
		return sharePercent;
	}

	public void setSharePercent(BigDecimal sharePercent) {
		this.sharePercent = sharePercent;
	}

	public LocalDate getInvestedOn() {
		return investedOn;
	}

	public void setInvestedOn(LocalDate investedOn) {
		this.investedOn = investedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
