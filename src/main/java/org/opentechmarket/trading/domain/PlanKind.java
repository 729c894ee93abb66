package org.opentechmarket.trading.domain;

/**
 * How the price is paid (民法典 第八百四十六条: 一次总算、一次总付或者一次总算、分期支付，也可以采取提成支付或者提成支付附加预付入门费的方式):
 * lump sum (一次总付), instalments (分期支付), royalty (提成支付), entry fee plus royalty (入门费 + 提成).
 */
public enum PlanKind {
	LUMP_SUM, INSTALMENTS, ROYALTY, ENTRY_FEE_ROYALTY;

	/** The price is a fixed total paid in full: the deal completes when payments reach it. */
	public boolean fixedTotal() {
		return this == LUMP_SUM || this == INSTALMENTS;
	}

	public boolean hasRoyalty() {
		return this == ROYALTY || this == ENTRY_FEE_ROYALTY;
	}
}
