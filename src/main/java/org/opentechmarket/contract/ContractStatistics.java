package org.opentechmarket.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The registered-contract feed for statistics (domain/contracts.md §Registration points and statistics): contracts registered
 * and in force (registered or amended, not cancelled), by registration date. Amounts in yuan; technical = 技术交易额.
 */
public interface ContractStatistics {

	/**
	 * Counts and amounts of contracts registered between the two dates (inclusive).
	 * @param regionLevel GB/T 2260 level regions are rolled up to: 1 province, 2 city, 3 district
	 */
	Summary summary(LocalDate from, LocalDate to, int regionLevel);

	/** The yearly service reward pool and its split across registration points by their registered 技术交易额. */
	RewardPool rewardPool(int year);

	/** One group: a key (enum name, region code, nature code or yyyy-MM month), its count and amounts. */
	record Bucket(String key, long count, BigDecimal contractAmount, BigDecimal technicalAmount) {
	}

	/**
	 * @param absorbedByRegion 吸纳: by the buyer's region (domestic buyers)
	 * @param exportedByRegion 输出: by the seller's region (domestic sellers)
	 */
	record Summary(LocalDate from, LocalDate to, long count, BigDecimal contractAmount, BigDecimal technicalAmount,
			List<Bucket> byType, List<Bucket> byField, List<Bucket> byMonth, List<Bucket> bySellerNature,
			List<Bucket> byBuyerNature, List<Bucket> absorbedByRegion, List<Bucket> exportedByRegion) {
	}

	record PointShare(long organisationId, String name, BigDecimal technicalAmount, BigDecimal reward) {
	}

	/**
	 * @param ratePerHundredMillion yuan of reward per 100,000,000 yuan of registered 技术交易额 ({@code otm.contract.*})
	 */
	record RewardPool(int year, BigDecimal technicalAmount, BigDecimal ratePerHundredMillion, BigDecimal pool,
			List<PointShare> shares) {
	}
}
