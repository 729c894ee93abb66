package org.opentechmarket.finance.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Finance rules under {@code otm.finance}; application.yml and docs/configuration.md give each default's source.
 *
 * @param financeable the financeable-achievement list
 * @param valuation valuation reports
 * @param loan loans
 * @param pageSize rows per page on the finance lists
 */
@ConfigurationProperties("otm.finance")
public record FinanceProperties(@DefaultValue Financeable financeable, @DefaultValue Valuation valuation,
		@DefaultValue Loan loan, @DefaultValue("20") int pageSize) {

	/**
	 * @param minimumTrl default TRL threshold: 4 (实验室原理样机/组件验证, GB/T 22900 scale in domain/valuation.md), the first level
	 * with a working prototype, below which there is nothing yet to pledge or insure
	 */
	public record Financeable(@DefaultValue("4") int minimumTrl) {
	}

	/**
	 * @param validityMonths a valuation report's conclusion may be used for one year from its base date (财政部令第14号
	 * 《国有资产评估管理若干问题的规定》; 资产评估执业准则——资产评估报告: 评估基准日与经济行为实现日相距不超过一年)
	 */
	public record Valuation(@DefaultValue("12") int validityMonths) {
	}

	/**
	 * @param maxTermMonths longest loan term accepted, a plausibility bound: 360 months, the 30 years of the longest loans
	 * Chinese banks grant (personal housing loans); technology and pledge loans are far shorter
	 */
	public record Loan(@DefaultValue("360") int maxTermMonths) {
	}
}
