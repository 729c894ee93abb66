package org.opentechmarket.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the match index holds of one achievement.
 *
 * @param key unique key: the platform id as text, or a corpus id in the offline evaluation
 * @param achievementId platform id, 0 in an offline corpus
 * @param fieldText free-text subject fields: the market's field taxonomy, application fields, keywords
 * @param priceMin asking price in 万元, null when negotiable or unknown
 */
public record MatchDocument(String key, long achievementId, String title, String description, String fieldText,
		String industryCode, String disciplineCode, String regionCode, Integer trl, BigDecimal priceMin,
		BigDecimal priceMax, boolean priceNegotiable, LocalDate publishedOn) {
}
