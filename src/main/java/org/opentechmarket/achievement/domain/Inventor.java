package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 完成人: name, organisation, role in the work and share of contribution in percent. Never shown with personal data. */
@Embeddable
public class Inventor {

	@Column(name = "name")
	private String name;
	@Column(name = "organisation")
	private String organisation;
	@Column(name = "role")
	private String role;
	@Column(name = "share")
	private BigDecimal share;

	protected Inventor() {
	}

	public Inventor(String name, String organisation, String role, BigDecimal share) {
		this.name = name;
		this.organisation = organisation;
		this.role = role;
		this.share = share;
	}

	public String getName() {
		return name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getRole() {
		return role;
	}

	public BigDecimal getShare() {
		return share;
	}
}
