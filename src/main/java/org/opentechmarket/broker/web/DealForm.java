package org.opentechmarket.broker.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opentechmarket.broker.domain.DealTerms;
import org.springframework.format.annotation.DateTimeFormat;

/** 线下成交登记 form. Rates are typed in percent (3 = 3 %) and stored as fractions, exactly. */
public class DealForm {

	private String seller;
	private String buyer;
	private Long achievementId;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;
	private BigDecimal contractAmount;
	private BigDecimal commissionAmount;
	private BigDecimal commissionRate;
	private BigDecimal rewardPool;
	private BigDecimal staffShare;

	DealTerms terms() {
		return new DealTerms(contractAmount, commissionAmount, fraction(commissionRate), rewardPool, fraction(staffShare));
	}

	private static BigDecimal fraction(BigDecimal percent) {
		return percent == null ? null : percent.movePointLeft(2);
	}

	public String getSeller() {
		return seller;
	}

	public void setSeller(String seller) {
		this.seller = seller;
	}

	public String getBuyer() {
		return buyer;
	}

	public void setBuyer(String buyer) {
		this.buyer = buyer;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public BigDecimal getContractAmount() {
		return contractAmount;
	}

	public void setContractAmount(BigDecimal contractAmount) {
		this.contractAmount = contractAmount;
	}

	public BigDecimal getCommissionAmount() {
		return commissionAmount;
	}

	public void setCommissionAmount(BigDecimal commissionAmount) {
		this.commissionAmount = commissionAmount;
	}

	public BigDecimal getCommissionRate() {
		return commissionRate;
	}

	public void setCommissionRate(BigDecimal commissionRate) {
		this.commissionRate = commissionRate;
	}

	public BigDecimal getRewardPool() {
		return rewardPool;
	}

	public void setRewardPool(BigDecimal rewardPool) {
		this.rewardPool = rewardPool;
	}

	public BigDecimal getStaffShare() {
		return staffShare;
	}

	public void setStaffShare(BigDecimal staffShare) {
		this.staffShare = staffShare;
	}
}
