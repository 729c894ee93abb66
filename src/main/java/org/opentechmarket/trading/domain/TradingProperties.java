package org.opentechmarket.trading.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trading policy numbers under {@code otm.trading}; docs/configuration.md gives each default's source. (The auction module
 * keeps its own under {@code otm.trading.auction}.)
 *
 * @param notice the public notice (公示) of a negotiated price agreed by a state-owned seller
 * @param negotiation inquiry threads and offers
 * @param region GB/T 2260 code of the platform's region: a deal "lands in the region" (ranking term DEALS_IN_REGION) when the
 * buyer's registered region lies within it; 330000 = 浙江省, the market the seeds describe
 */
@ConfigurationProperties("otm.trading")
public record TradingProperties(@DefaultValue Notice notice, @DefaultValue Negotiation negotiation,
		@DefaultValue("330000") String region) {

	/** How a notice period is counted. */
	public enum DayKind {
		CALENDAR, WORKING
	}

	/**
	 * @param days length of the notice: at least 15 days, 浙江省促进科技成果转化条例 第十七条 (通过协议定价的，应当在本单位公示
	 * 拟交易价格，公示时间不少于十五日)
	 * @param dayKind CALENDAR (the statute says 日, calendar days) or WORKING (platform.WorkingDays, for a stricter policy)
	 * @param objectionMinLength an objection says what is wrong: at least this many characters (platform choice)
	 * @param checkInterval how often the job ends notices that are over
	 * @param firstCheckDelay the first run after start: overdue notices end shortly after a restart
	 */
	public record Notice(@DefaultValue("15") int days, @DefaultValue("CALENDAR") DayKind dayKind,
			@DefaultValue("10") int objectionMinLength, @DefaultValue("PT5M") Duration checkInterval,
			@DefaultValue("PT30S") Duration firstCheckDelay) {
	}

	/**
	 * @param maxOfferValidityDays an offer may stay open at most this many days (platform choice: three months, the usual
	 * validity of a quotation)
	 * @param messageMaxLength longest message in a thread
	 * @param termsMaxLength longest terms text of an offer
	 */
	public record Negotiation(@DefaultValue("90") int maxOfferValidityDays, @DefaultValue("4000") int messageMaxLength,
			@DefaultValue("10000") int termsMaxLength) {
	}
}
