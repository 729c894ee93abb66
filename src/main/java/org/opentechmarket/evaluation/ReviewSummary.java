package org.opentechmarket.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** A review as other modules list it, e.g. on the subject's page. {@code link} is the page the viewer may open. */
public record ReviewSummary(long id, ReviewSubjectType subjectType, long subjectId, String status, Instant deadline,
		ReviewOutcome outcome, BigDecimal score, String link) {
}
