package org.opentechmarket.evaluation;

/** What a review can be about; each type has one {@link ReviewSubjectProvider} in the module that owns it. */
public enum ReviewSubjectType {
	ACHIEVEMENT, CHALLENGE_APPLICATION, TENDER_OFFER, VALUATION, CONTRACT
}
