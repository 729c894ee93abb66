package org.opentechmarket.finance.domain;

import org.opentechmarket.people.OrganisationSummary;

/** An organisation as a finance record keeps it: id, name and region at the time of recording. */
public record Party(long id, String name, String regionCode) {

	public static Party of(OrganisationSummary organisation) {
		return new Party(organisation.id(), organisation.name(), organisation.regionCode());
	}
}
