package org.opentechmarket.matching.domain;

/** Where the judged match was shown (its rank is the rank in that list). */
public enum ShownOn {
	/** need → achievements on the need's page */
	NEED_PAGE,
	/** achievement → needs on the achievement's page */
	ACHIEVEMENT_PAGE,
	/** a broker's pairs worth a call */
	BROKER_PAIRS,
	/** need → achievements through the API */
	API
}
