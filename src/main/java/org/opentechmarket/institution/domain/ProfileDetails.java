package org.opentechmarket.institution.domain;

import java.util.List;

/** What an organisation administrator edits on its profile. */
public record ProfileDetails(String description, Long parentOrganisationId, List<String> services, List<String> regions,
		String contactPhone, String contactEmail, String website) {

	public ProfileDetails {
		services = services == null ? List.of() : List.copyOf(services);
		regions = regions == null ? List.of() : List.copyOf(regions);
	}
}
