package org.opentechmarket.finance;

/** The kinds of financing the platform records (domain/people.md §Financial institutions, seed 001 §三(六)). */
public enum FinanceKind {
	/** 知识产权质押融资: disbursed IP pledge loans, by disbursement date. */
	PLEDGE_LOAN,
	/** 科技贷款: disbursed technology loans without pledge, by disbursement date. */
	TECHNOLOGY_LOAN,
	/** 科技保险: policies not cancelled, sum insured, by start of cover. */
	INSURANCE,
	/** 作价投资/股权投资: equity investments, amount, by investment date. */
	EQUITY_INVESTMENT
}
