package org.opentechmarket.listing.web;

import java.math.BigDecimal;

import org.opentechmarket.listing.tender.OfferDraft;

/** The offer form on a tender's page. */
public class OfferForm {

	private BigDecimal price;
	private String proposal;
	private Long achievementId;

	OfferDraft toDraft() {
		return new OfferDraft(price, proposal, achievementId);
	}

	public BigDecimal getPrice() {
		return price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public String getProposal() {
		return proposal;
	}

	public void setProposal(String proposal) {
		this.proposal = proposal;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}
}
