package org.opentechmarket.people;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;

/** Accounts as other modules use them (e.g. the command line acting as the administrator). */
public interface UserAccounts {

	Optional<CurrentUser> loadUser(String username);

	Optional<CurrentUser> findUser(long id);

	/** Enabled users holding the role, in any organisation, by username. */
	List<CurrentUser> usersWithRole(Role role);

	/** Enabled members of an organisation, by username. */
	List<CurrentUser> members(long organisationId);

	/** The e-mail address of an enabled user, for mail the user asked for (e.g. subscription digests); empty when none. */
	Optional<String> emailOf(long userId);
}
