package org.opentechmarket.contract.domain;

/**
 * Intellectual property the contract concerns. The first five are the rights whose transfer or ≥ 5-year licence qualifies for
 * the income-tax relief (财税〔2010〕111号, 财税〔2015〕82号; domain/contracts.md §Tax relief).
 */
public enum IpType {
	PATENT(true), SOFTWARE_COPYRIGHT(true), IC_LAYOUT(true), PLANT_VARIETY(true), NEW_DRUG(true), TECHNICAL_SECRET(false),
	OTHER(false), NONE(false);

	private final boolean taxQualifying;

	IpType(boolean taxQualifying) {
		this.taxQualifying = taxQualifying;
	}

	public boolean taxQualifying() {
		return taxQualifying;
	}
}
