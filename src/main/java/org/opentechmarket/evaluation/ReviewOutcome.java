package org.opentechmarket.evaluation;

/** The decision an administrator publishes with a review's result. */
public enum ReviewOutcome {
	PASSED, FAILED
}
