package org.opentechmarket.subscription.domain;

import java.util.List;

/**
 * One line of a digest, with only what is public: a published achievement (title, holder) and, for a holder, the public
 * title of the need it matches. Never a contact of the other side.
 *
 * @param kind MATCH: a new achievement for one of the recipient's subscriptions; HOLDER: an opened need that an achievement
 * of the recipient's organisation strongly matches
 * @param subscriptionName the subscription's name (MATCH), null for HOLDER
 * @param needId the followed need (MATCH of a need subscription) or the opened need (HOLDER), else null
 * @param needTitle the need's public title, when {@code needId} is set
 */
public record DigestItem(String kind, long achievementId, String achievementTitle, String holder, Long subscriptionId,
		String subscriptionName, Long needId, String needTitle, double score, List<String> terms) {

	public boolean isHolder() {
		return "HOLDER".equals(kind);
	}
}
