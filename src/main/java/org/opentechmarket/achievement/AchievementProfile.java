package org.opentechmarket.achievement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published achievement's subject as the matching module indexes it: its texts, codes, TRL and asking price (万元).
 *
 * @param revisionOf the version this one replaces, null for a first version
 */
public record AchievementProfile(long id, Long revisionOf, String title, String abstractText, List<String> keywords,
		String applicationFields, String marketField, String industryCode, String disciplineCode, String regionCode,
		Integer trl, boolean priceNegotiable, BigDecimal priceMin, BigDecimal priceMax, Instant publishedAt) {

	public AchievementProfile {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
	}
}
