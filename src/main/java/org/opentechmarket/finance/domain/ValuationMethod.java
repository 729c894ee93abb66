package org.opentechmarket.finance.domain;

/** The three appraisal approaches (domain/valuation.md): 收益法, 成本法, 市场法. */
public enum ValuationMethod {
	INCOME, COST, MARKET
}
