package org.opentechmarket.subscription.web;

import java.math.BigDecimal;

import org.opentechmarket.subscription.domain.SearchCriteria;

/** The saved-search form: the catalogue search's text and filters. Budget in 万元 (the unit of asking prices). */
public class SearchForm {

	private String name;
	private String text;
	private String industryCode;
	private String disciplineCode;
	private String regionCode;
	private Integer minTrl;
	private BigDecimal budgetMax;

	SearchCriteria toCriteria() {
		return new SearchCriteria(text, industryCode, disciplineCode, regionCode, minTrl, budgetMax);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public void setDisciplineCode(String disciplineCode) {
		this.disciplineCode = disciplineCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public Integer getMinTrl() {
		return minTrl;
	}

	public void setMinTrl(Integer minTrl) {
		this.minTrl = minTrl;
	}

	public BigDecimal getBudgetMax() {
		return budgetMax;
	}

	public void setBudgetMax(BigDecimal budgetMax) {
		this.budgetMax = budgetMax;
	}
}
