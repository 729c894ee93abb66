package org.opentechmarket.institution.domain;

import java.math.BigDecimal;
import java.util.List;

import org.opentechmarket.institution.RankingTerm;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directory, feedback and ranking rules under {@code otm.institution}; application.yml and docs/configuration.md give each
 * default's source.
 *
 * @param serviceKinds the service kinds profiles may offer (codes; labels are message keys {@code serviceKind.<code>}):
 *        seed 001 一站式服务云平台 (第三方专业服务机构) and seed 002 §6, §10 (评价、法律、金融、检验检测…)
 * @param descriptionMaxLength longest profile description
 * @param commentMaxLength longest rating comment
 * @param complaintMinLength shortest complaint description: a complaint must say what happened
 * @param complaintMaxLength longest complaint description or response
 * @param ranking the yearly ranking
 */
@ConfigurationProperties("otm.institution")
public record InstitutionProperties(
		@DefaultValue({ "TECH_EVALUATION", "IP", "LEGAL", "FINANCE", "TESTING", "BROKERAGE", "VALUATION", "PILOT_SCALE",
				"CONSULTING" }) List<String> serviceKinds,
		@DefaultValue("2000") int descriptionMaxLength, @DefaultValue("1000") int commentMaxLength,
		@DefaultValue("10") int complaintMinLength, @DefaultValue("4000") int complaintMaxLength,
		@DefaultValue Ranking ranking) {

	/**
	 * @param weights weight of each term in the institution score
	 * @param providerMinRatings service providers need at least this many approved ratings in the year to be ranked
	 */
	public record Ranking(@DefaultValue Weights weights, @DefaultValue("2") int providerMinRatings) {
	}

	/**
	 * Weights of the ranking terms (seed 001 §三(五) names deals landed and deal amount; seed 002 §14 adds listings and
	 * auctions; neither gives weights, the defaults below are the platform's and sum to 1 so the top score is 100).
	 */
	public record Weights(@DefaultValue("0.30") BigDecimal dealsInRegion, @DefaultValue("0.30") BigDecimal dealAmount,
			@DefaultValue("0.20") BigDecimal registeredContractAmount, @DefaultValue("0.10") BigDecimal listingsRun,
			@DefaultValue("0.10") BigDecimal auctionsRun) {

		public BigDecimal of(RankingTerm term) {
			return switch (term) {
				case DEALS_IN_REGION -> dealsInRegion;
				case DEAL_AMOUNT -> dealAmount;
				case REGISTERED_CONTRACT_AMOUNT -> registeredContractAmount;
				case LISTINGS_RUN -> listingsRun;
				case AUCTIONS_RUN -> auctionsRun;
			};
		}
	}
}
