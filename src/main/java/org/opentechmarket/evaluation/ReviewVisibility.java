package org.opentechmarket.evaluation;

/**
 * Who reads a published review: PRIVATE administrators only; PARTIES also the members of the subject's reader organisations;
 * PUBLIC also every signed-in user, and the review is listed on the public board 评审公示.
 */
public enum ReviewVisibility {
	PRIVATE, PARTIES, PUBLIC
}
