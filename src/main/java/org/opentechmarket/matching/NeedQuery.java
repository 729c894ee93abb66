package org.opentechmarket.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A technology need as the matcher sees it. Every field but the title may be null or empty.
 *
 * @param industryCode GB/T 4754 (a section letter or a deeper code)
 * @param disciplineCode GB/T 13745
 * @param regionCode GB/T 2260
 * @param wantedTrl the minimum technology readiness level wanted (1–9)
 * @param budgetMin budget in 万元 (the unit of listed asking prices), null when open
 * @param budgetMax budget in 万元, null when open or 面议
 */
public record NeedQuery(String title, String description, List<String> keywords, String industryCode,
		String disciplineCode, String regionCode, Integer wantedTrl, BigDecimal budgetMin, BigDecimal budgetMax,
		LocalDate postedOn) {

	public NeedQuery {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
	}

	public static NeedQuery ofText(String title, String description) {
		return new NeedQuery(title, description, List.of(), null, null, null, null, null, null, null);
	}
}
