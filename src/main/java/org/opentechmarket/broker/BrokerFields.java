package org.opentechmarket.broker;

import java.util.Set;

/**
 * The fields and regions a broker works in, from their profile (GB/T 13745 disciplines, GB/T 4754 industries, GB/T 2260
 * regions), for other modules that route work to brokers (matching: pairs worth a call, requests for a broker).
 *
 * @param takesWork false while suspended or after withdrawal: such a broker takes no new work
 */
public record BrokerFields(long userId, Set<String> disciplines, Set<String> industries, Set<String> regions,
		boolean takesWork) {

	public BrokerFields {
		disciplines = Set.copyOf(disciplines);
		industries = Set.copyOf(industries);
		regions = Set.copyOf(regions);
	}
}
