package org.opentechmarket.matching.domain;

/** A user's judgement of a shown match. */
public enum Verdict {
	USEFUL, NOT_USEFUL
}
