package org.opentechmarket.challenge.domain;

/**
 * How the poster wants proposals reviewed (评审方式). Every method ends in written scores of an expert panel drawn with
 * recusal through the review service; the method tells applicants what to expect besides: a desk review of the documents
 * (函评), a panel meeting (会评), or a meeting with a defence by the team (现场答辩).
 */
public enum ReviewMethod {
	DESK, MEETING, DEFENCE
}
