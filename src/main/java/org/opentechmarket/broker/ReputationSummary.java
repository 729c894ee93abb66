package org.opentechmarket.broker;

import java.math.BigDecimal;

/**
 * Client feedback on a broker for one year, as the evaluation uses it.
 *
 * @param ratings number of client ratings
 * @param averageRating average rating on the 1–5 scale, null when there are no ratings
 * @param upheldComplaints complaints an administrator upheld
 * @param sourceAvailable false when no ratings source is wired (see {@link BrokerReputation#NONE})
 */
public record ReputationSummary(long ratings, BigDecimal averageRating, long upheldComplaints, boolean sourceAvailable) {

	public static ReputationSummary noSource() {
		return new ReputationSummary(0, null, 0, false);
	}
}
