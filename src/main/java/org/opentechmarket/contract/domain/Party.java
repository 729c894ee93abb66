package org.opentechmarket.contract.domain;

import jakarta.persistence.Embeddable;

/**
 * A contract party as registered: name, ISO 3166-1 alpha-2 country, GB/T 2260 region (domestic parties), nature code, and the
 * platform organisation when the party is one.
 */
@Embeddable
public class Party {

	private String name;
	private String countryCode;
	private String regionCode;
	private String natureCode;
	private Long organisationId;

	protected Party() {
	}

	public Party(String name, String countryCode, String regionCode, String natureCode, Long organisationId) {
		this.name = name;
		this.countryCode = countryCode;
		this.regionCode = regionCode;
		this.natureCode = natureCode;
		this.organisationId = organisationId;
	}

	public boolean domestic() {
		return "CN".equals(countryCode);
	}

	public String getName() {
		return name;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getNatureCode() {
		return natureCode;
	}

	public Long getOrganisationId() {
		return organisationId;
	}
}
