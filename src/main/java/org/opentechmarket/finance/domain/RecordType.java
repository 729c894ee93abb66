package org.opentechmarket.finance.domain;

/** Which kind of finance record an evidence file belongs to. */
public enum RecordType {
	LOAN, POLICY, INVESTMENT
}
