package org.opentechmarket.institution;

import java.math.BigDecimal;
import java.time.Year;

/**
 * Approved ratings and upheld complaints of one subject in one calendar year (Asia/Shanghai calendar of the platform clock).
 * @param ratings number of approved (published) ratings given in the year
 * @param averageRating average score 1–5 of those ratings, two decimals; null when there are none
 * @param upheldComplaints complaints filed in the year and upheld by an administrator
 */
public record FeedbackSummary(FeedbackSubject subject, Year year, long ratings, BigDecimal averageRating,
		long upheldComplaints) {
}
