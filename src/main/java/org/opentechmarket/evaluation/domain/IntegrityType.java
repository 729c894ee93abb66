package org.opentechmarket.evaluation.domain;

/** Entries of an expert's integrity record (诚信记录, domain/people.md). */
public enum IntegrityType {
	/** Declined an invitation (with the reason). */
	DECLINED,
	/** Left an invitation unanswered until it expired. */
	NO_RESPONSE,
	/** The review deadline passed without their scores. */
	LATE,
	/** Submitted scores on time: the positive side of the record. */
	COMPLETED,
	/** A misconduct finding, recorded by an administrator with a description. */
	MISCONDUCT
}
