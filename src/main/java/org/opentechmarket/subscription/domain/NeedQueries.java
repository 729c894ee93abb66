package org.opentechmarket.subscription.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.matching.NeedQuery;

/** A need's public text and codes as the matcher sees them (budget from yuan to 万元, the unit of asking prices). */
final class NeedQueries {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private NeedQueries() {
	}

	static NeedQuery of(NeedSummary n) {
		String description = n.targets() == null || n.targets().isBlank() ? n.description()
				: (n.description() == null ? "" : n.description() + "\n") + n.targets();
		BigDecimal min = n.budgetNegotiable() ? null : wan(n.budgetMin());
		BigDecimal max = n.budgetNegotiable() ? null : wan(n.budgetMax());
		return new NeedQuery(n.title(), description, n.keywords(), n.industryCode(), n.disciplineCode(), n.regionCode(),
				n.minTrl(), min, max, null);
	}

	private static BigDecimal wan(BigDecimal yuan) {
		return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
	}
}
