package org.opentechmarket.contract.domain;

/** 支付方式. */
public enum PaymentMode {
	LUMP_SUM, INSTALMENTS, ROYALTY, ADVANCE_AND_ROYALTY, EQUITY, OTHER
}
