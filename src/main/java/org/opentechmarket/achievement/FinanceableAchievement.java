package org.opentechmarket.achievement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/**
 * A published achievement as financiers see it in the financeable list (finance module): readiness, IP backing and asking
 * price. {@code ipRightCount} counts the IP rights that carry a number (granted or filed patents, registered software, …).
 */
public record FinanceableAchievement(long id, String title, String holder, long holderOrganisationId, Integer trl,
		long ipRightCount, BigDecimal priceMin, BigDecimal priceMax, String regionCode, String industryCode,
		Instant publishedAt) {

	/**
	 * What to list: {@code minimumTrl} (null: any), only achievements with at least one numbered IP right, only these ids
	 * (null: any; empty: none), title text, region (a GB/T 2260 code; 330000 and 330100 match their sub-regions) and industry
	 * (a GB/T 4754 section letter or code prefix). Blank text, region and industry do not filter.
	 */
	public record Criteria(Integer minimumTrl, boolean ipBacked, Collection<Long> onlyIds, String text, String regionCode,
			String industry) {
	}
}
