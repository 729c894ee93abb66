package org.opentechmarket.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What other modules (matching, push) may know of a need: its public text and codes, never its contact. */
public record NeedSummary(long id, long ownerOrganisationId, String ownerName, NeedStatus status, String title,
		String description, String targets, List<String> keywords, String industryCode, String disciplineCode,
		String regionCode, Set<Cooperation> cooperation, boolean budgetNegotiable, BigDecimal budgetMin, BigDecimal budgetMax,
		Integer minTrl, LocalDate deadline) {
}
