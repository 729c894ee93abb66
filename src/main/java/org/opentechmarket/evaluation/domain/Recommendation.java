package org.opentechmarket.evaluation.domain;

/** A reviewer's overall recommendation, next to their scores. */
public enum Recommendation {
	RECOMMEND, RECOMMEND_WITH_CHANGES, NOT_RECOMMEND
}
