package org.opentechmarket.finance.domain;

import org.opentechmarket.finance.FinanceKind;

/** 知识产权质押融资 (secured by pledged IP) or 科技贷款 (technology loan without pledge). */
public enum LoanKind {
	PLEDGE(FinanceKind.PLEDGE_LOAN), TECHNOLOGY(FinanceKind.TECHNOLOGY_LOAN);

	private final FinanceKind financeKind;

	LoanKind(FinanceKind financeKind) {
		this.financeKind = financeKind;
	}

	public FinanceKind financeKind() {
		return financeKind;
	}
}
