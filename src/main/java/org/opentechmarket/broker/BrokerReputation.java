package org.opentechmarket.broker;

import java.time.Year;

/**
 * SPI: client ratings and upheld complaints about a broker, for the yearly evaluation. The broker module provides no
 * implementation bean: the feedback module ({@code institution}: {@code Feedback} with subject kind BROKER) contributes an
 * adapter when it is present. Without one the evaluation uses {@link #NONE}, which reports "no ratings source" (0 ratings,
 * 0 complaints) and the evaluation scores the rating part as unrated ({@code otm.broker.evaluation.unrated-share}).
 */
public interface BrokerReputation {

	/** The fallback when no bean implements this interface. */
	BrokerReputation NONE = (userId, year) -> ReputationSummary.noSource();

	ReputationSummary forBroker(long userId, Year year);
}
