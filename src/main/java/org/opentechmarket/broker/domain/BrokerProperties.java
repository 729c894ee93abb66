package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Broker policy numbers under {@code otm.broker}; application.yml and docs/configuration.md give each default's source.
 *
 * @param points the contribution point table (贡献积分, seed 002 §15; domain/people.md §Brokers)
 * @param reward reward distribution floors (domain/policy.md §Reward distribution)
 * @param evaluation the yearly evaluation (科技伯乐考核评价指标体系和动态退出机制, seed 000 §10)
 * @param appealDays days a broker has to appeal a suspension notice (15, like the platform's other notice periods)
 * @param suspensionCheckInterval how often the job suspends brokers whose appeal window lapsed
 */
@ConfigurationProperties("otm.broker")
public record BrokerProperties(@DefaultValue Points points, @DefaultValue Reward reward, @DefaultValue Evaluation evaluation,
		@DefaultValue("15") int appealDays, @DefaultValue("PT1H") Duration suspensionCheckInterval) {

	/**
	 * Points per verified source event. The weights are the platform's defaults: seed 002 §15 asks for the mechanism, not for
	 * numbers; a province sets its own.
	 *
	 * @param dealBands DEAL_COMPLETED points by contract amount: the band with the highest {@code from} not above the amount
	 */
	public record Points(@DefaultValue("2") BigDecimal listingPublished, @DefaultValue("3") BigDecimal matchTalks,
			@DefaultValue("5") BigDecimal contractRegistered, @DefaultValue("3") BigDecimal trainingGiven,
			List<Band> dealBands) {

		public Points {
			dealBands = dealBands == null || dealBands.isEmpty() ? DEFAULT_BANDS : List.copyOf(dealBands);
		}

		/** 10 points up to 100 万 yuan, 20 from 100 万, 30 from 500 万, 50 from 1,000 万. */
		public static final List<Band> DEFAULT_BANDS = List.of(new Band(BigDecimal.ZERO, new BigDecimal("10")),
				new Band(new BigDecimal("1000000"), new BigDecimal("20")), new Band(new BigDecimal("5000000"),
						new BigDecimal("30")), new Band(new BigDecimal("10000000"), new BigDecimal("50")));
	}

	/** A contract-amount band (yuan, inclusive lower bound) and its points. */
	public record Band(BigDecimal from, BigDecimal points) {
	}

	/**
	 * @param minimumStaffShare transfer-institution staff get at least 5 % of the reward pool (浙江省促进科技成果转化条例 第四十条;
	 *            seed 002 §15 "不低于5%的奖励"; domain/policy.md): below it the platform warns
	 */
	public record Reward(@DefaultValue("0.05") BigDecimal minimumStaffShare) {
	}

	/**
	 * score = min(points × pointsWeight, pointsCap) + min(verified deals × dealWeight, dealsCap) + rating part − upheld
	 * complaints × complaintPenalty, kept within 0–100; rating part = ratingWeight × average / ratingScale, or ratingWeight ×
	 * unratedShare without ratings. Below {@code threshold} in {@code consecutiveYears} consecutive years → suspension notice.
	 */
	public record Evaluation(@DefaultValue("60") BigDecimal threshold, @DefaultValue("1") BigDecimal pointsWeight,
			@DefaultValue("50") BigDecimal pointsCap, @DefaultValue("10") BigDecimal dealWeight,
			@DefaultValue("30") BigDecimal dealsCap, @DefaultValue("20") BigDecimal ratingWeight,
			@DefaultValue("5") BigDecimal ratingScale, @DefaultValue("0.5") BigDecimal unratedShare,
			@DefaultValue("10") BigDecimal complaintPenalty, @DefaultValue("2") int consecutiveYears) {
	}
}
