package org.opentechmarket.demand.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.NeedContent;
import org.springframework.format.annotation.DateTimeFormat;

/** The need form of the pages (and the body of the API's create and update). Money in yuan. */
public class NeedForm {

	private String title;
	private String description;
	private String currentState;
	private String targets;
	private String industryCode;
	private String disciplineCode;
	private String regionCode;
	private List<Cooperation> cooperation = new ArrayList<>();
	private boolean budgetNegotiable;
	private BigDecimal budgetMin;
	private BigDecimal budgetMax;
	private Integer minTrl;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;
	private String keywords;
	private String contactName;
	private String contactPhone;
	private String contactEmail;
	/** Administrators and brokers: the verified enterprise the need is posted for. */
	private Long onBehalfOf;

	public NeedContent toContent() {
		List<String> words = keywords == null ? List.of()
				: Arrays.stream(keywords.split("[,，;；、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new NeedContent(title, description, currentState, targets, industryCode, disciplineCode, regionCode,
				cooperation == null ? null : new LinkedHashSet<>(cooperation), budgetNegotiable, budgetMin, budgetMax, minTrl,
				deadline, contactName, contactPhone, contactEmail, words);
	}

	public static NeedForm of(NeedContent c) {
		NeedForm f = new NeedForm();
		f.title = c.title();
		f.description = c.description();
		f.currentState = c.currentState();
		f.targets = c.targets();
		f.industryCode = c.industryCode();
		f.disciplineCode = c.disciplineCode();
		f.regionCode = c.regionCode();
		f.cooperation = new ArrayList<>(c.cooperation());
		f.budgetNegotiable = c.budgetNegotiable();
		f.budgetMin = c.budgetMin();
		f.budgetMax = c.budgetMax();
		f.minTrl = c.minTrl();
		f.deadline = c.deadline();
		f.keywords = String.join(", ", c.keywords());
		f.contactName = c.contactName();
		f.contactPhone = c.contactPhone();
		f.contactEmail = c.contactEmail();
		return f;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCurrentState() {
		return currentState;
	}

	public void setCurrentState(String currentState) {
		this.currentState = currentState;
	}

	public String getTargets() {
		return targets;
	}

	public void setTargets(String targets) {
		this.targets = targets;
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

	public List<Cooperation> getCooperation() {
		return cooperation;
	}

	public void setCooperation(List<Cooperation> cooperation) {
		this.cooperation = cooperation;
	}

	public boolean isBudgetNegotiable() {
		return budgetNegotiable;
	}

	public void setBudgetNegotiable(boolean budgetNegotiable) {
		this.budgetNegotiable = budgetNegotiable;
	}

	public BigDecimal getBudgetMin() {
		return budgetMin;
	}

	public void setBudgetMin(BigDecimal budgetMin) {
		this.budgetMin = budgetMin;
	}

	public BigDecimal getBudgetMax() {
		return budgetMax;
	}

	public void setBudgetMax(BigDecimal budgetMax) {
		this.budgetMax = budgetMax;
	}

	public Integer getMinTrl() {
		return minTrl;
	}

	public void setMinTrl(Integer minTrl) {
		this.minTrl = minTrl;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Long getOnBehalfOf() {
		return onBehalfOf;
	}

	public void setOnBehalfOf(Long onBehalfOf) {
		this.onBehalfOf = onBehalfOf;
	}
}
