package org.opentechmarket.evaluation.domain;

/** Why an expert declined an invitation; CONFLICT also when they would not confirm having no conflict. */
public enum DeclineReason {
	CONFLICT, UNAVAILABLE, OUTSIDE_EXPERTISE, OTHER
}
