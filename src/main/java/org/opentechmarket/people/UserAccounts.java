package org.opentechmarket.people;

import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;

/** Accounts as other modules use them (e.g. the command line acting as the administrator). */
public interface UserAccounts {

	Optional<CurrentUser> loadUser(String username);
}
