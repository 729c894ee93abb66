package org.opentechmarket.evaluation;

import java.math.BigDecimal;

/** Published when an administrator publishes a review's result; the subject's module acts on the outcome. */
public record ReviewPublished(long reviewId, ReviewSubjectType subjectType, long subjectId, ReviewOutcome outcome,
		BigDecimal score) {
}
