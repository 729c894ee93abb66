package org.opentechmarket.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to open a review. Only the subject and the panel size are required; null fields take the configured defaults
 * ({@code otm.evaluation.*}).
 *
 * @param deadline last day for scores (end of that day, platform time zone)
 */
public record OpenReview(ReviewSubjectType subjectType, Long subjectId, Integer panelSize, List<CriterionSpec> criteria,
		LocalDate deadline, Boolean anonymous, ReviewVisibility visibility, BigDecimal passThreshold) {

	public static OpenReview of(ReviewSubjectType type, long id, int panelSize) {
		return new OpenReview(type, id, panelSize, null, null, null, null, null);
	}
}
