package org.opentechmarket.people;

import java.util.List;
import java.util.Optional;

/** The organisations registry as other modules use it. */
public interface Organisations {

	Optional<OrganisationSummary> find(long id);

	Optional<OrganisationSummary> findByCreditCode(String creditCode);

	Optional<OrganisationSummary> findByName(String name);

	/** Verified organisations, by name. */
	List<OrganisationSummary> verified();

	/**
	 * The organisation with this credit code, created (verified, attributed to the caller) when it does not exist: used by
	 * imports of listings whose holder is known only by name.
	 */
	OrganisationSummary findOrCreateVerified(String name, String creditCode, OrganisationType type, String regionCode);
}
