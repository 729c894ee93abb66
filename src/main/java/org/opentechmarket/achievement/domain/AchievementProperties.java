package org.opentechmarket.achievement.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registry rules under {@code otm.achievement}; application.yml and docs/configuration.md give each default's source.
 *
 * @param titleMaxLength 成果名称 ≤ 100 characters (科技成果登记表)
 * @param abstractMinLength 成果简介 at least 50 characters (domain/achievements.md)
 * @param abstractMaxLength 成果简介 at most 2,000 characters (domain/achievements.md)
 * @param listingAbstractMaxLength imported public listings keep their full description up to this length
 * @param keywordsMax the national form allows 3 keywords; the platform keeps 5 (domain/achievements.md)
 * @param noticeDays public notice before publication, 15 days (浙江省促进科技成果转化条例 第十七条, domain/achievements.md)
 * @param registrationDeadlineDays funded-project results registered within 30 days of acceptance (seed 002 §3)
 * @param keywordMaxLength longest keyword, in characters
 * @param objectionMinLength shortest objection text: an objection must say why
 */
@ConfigurationProperties("otm.achievement")
public record AchievementProperties(@DefaultValue("100") int titleMaxLength, @DefaultValue("50") int abstractMinLength,
		@DefaultValue("2000") int abstractMaxLength, @DefaultValue("10000") int listingAbstractMaxLength,
		@DefaultValue("5") int keywordsMax, @DefaultValue("15") int noticeDays,
		@DefaultValue("30") int registrationDeadlineDays, @DefaultValue("30") int keywordMaxLength,
		@DefaultValue("10") int objectionMinLength) {
}
