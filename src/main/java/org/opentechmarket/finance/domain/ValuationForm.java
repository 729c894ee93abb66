package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A valuation report as the holder enters it; the report file comes separately. */
public class ValuationForm {

	private Long achievementId;
	private String valuerName;
	private Long valuerOrganisationId;
	private ValuationMethod method = ValuationMethod.INCOME;
	private BigDecimal value;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate baseDate;

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}

	public String getValuerName() {
		return valuerName;
	}

	public void setValuerName(String valuerName) {
		this.valuerName = valuerName;
	}

	public Long getValuerOrganisationId() {
		return valuerOrganisationId;
	}

	public void setValuerOrganisationId(Long valuerOrganisationId) {
		this.valuerOrganisationId = valuerOrganisationId;
	}

	public ValuationMethod getMethod() {
		return method;
	}

	public void setMethod(ValuationMethod method) {
		this.method = method;
	}

	public BigDecimal getValue() {
		return value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public LocalDate getBaseDate() {
		return baseDate;
	}

	public void setBaseDate(LocalDate baseDate) {
		this.baseDate = baseDate;
	}

	/** The report file arrives as a separate upload part; this read-only property lets its errors sit next to the input. */
	public String getFile() {
		return null;
	}
}
