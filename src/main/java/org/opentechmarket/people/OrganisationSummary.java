package org.opentechmarket.people;

/** What other modules know of an organisation. */
public record OrganisationSummary(long id, String name, String creditCode, OrganisationType type, boolean stateOwned,
		String regionCode, boolean verified) {
}
