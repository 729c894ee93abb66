package org.opentechmarket.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.evaluation.CriterionSpec;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's "open a review" form. Criteria are lines "name: weight"; empty = the configured defaults. */
public class OpenForm {

	private ReviewSubjectType subjectType = ReviewSubjectType.ACHIEVEMENT;
	private Long subjectId;
	private Integer panelSize = 3;
	private String criteriaText;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;
	private boolean anonymous;
	private ReviewVisibility visibility;
	private BigDecimal passThreshold;

	/** Parsed criteria, or null for the defaults; malformed lines go to {@code violations}. */
	List<CriterionSpec> criteria(List<FieldViolation> violations) {
		if (criteriaText == null || criteriaText.isBlank()) {
			return null;
		}
		List<CriterionSpec> out = new ArrayList<>();
		String[] lines = criteriaText.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[:：]", 2);
			try {
				out.add(new CriterionSpec(parts[0].strip(), new BigDecimal(parts[1].strip())));
			}
			catch (RuntimeException e) {
				violations.add(FieldViolation.of("criteriaText", "evaluation.criteria.line", i + 1));
			}
		}
		return out;
	}

	public ReviewSubjectType getSubjectType() {
		return subjectType;
	}

	public void setSubjectType(ReviewSubjectType subjectType) {
		this.subjectType = subjectType;
	}

	public Long getSubjectId() {
		return subjectId;
	}

	public void setSubjectId(Long subjectId) {
		this.subjectId = subjectId;
	}

	public Integer getPanelSize() {
		return panelSize;
	}

	public void setPanelSize(Integer panelSize) {
		this.panelSize = panelSize;
	}

	public String getCriteriaText() {
		return criteriaText;
	}

	public void setCriteriaText(String criteriaText) {
		this.criteriaText = criteriaText;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public ReviewVisibility getVisibility() {
		return visibility;
	}

	public void setVisibility(ReviewVisibility visibility) {
		this.visibility = visibility;
	}

	public BigDecimal getPassThreshold() {
		return passThreshold;
	}

	public void setPassThreshold(BigDecimal passThreshold) {
		this.passThreshold = passThreshold;
	}
}
