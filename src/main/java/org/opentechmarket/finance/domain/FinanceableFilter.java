package org.opentechmarket.finance.domain;

/**
 * The financeable-list filters as a form: all three financing criteria on by default (IP-backed, TRL at least the
 * configured threshold, valuation present); text, region and industry narrow further.
 */
public class FinanceableFilter {

	private Integer minimumTrl;
	private boolean ipBacked = true;
	private boolean valued = true;
	private String q;
	private String region;
	private String industry;

	public Integer getMinimumTrl() {
		return minimumTrl;
	}

	public void setMinimumTrl(Integer minimumTrl) {
		this.minimumTrl = minimumTrl;
	}

	public boolean isIpBacked() {
		return ipBacked;
	}

	public void setIpBacked(boolean ipBacked) {
		this.ipBacked = ipBacked;
	}

	public boolean isValued() {
		return valued;
	}

	public void setValued(boolean valued) {
		this.valued = valued;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getIndustry() {
		return industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}
}
