package org.opentechmarket.platform.internal;

import org.opentechmarket.platform.AccountChanges;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.SessionRevocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Expires every session of the user; the next request of such a session is signed out and sent to the login page. */
@Component
@ConditionalOnWebApplication
class RegistrySessionRevocation implements SessionRevocation {

	private final SessionRegistry sessions;
	private final ObjectProvider<AccountChanges> accountChanges;

	RegistrySessionRevocation(SessionRegistry sessions, ObjectProvider<AccountChanges> accountChanges) {
		this.sessions = sessions;
		this.accountChanges = accountChanges;
	}

	@Override
	public void revoke(String username) {
		// the API's memory of signed-in users must not serve the old standing either
		accountChanges.forEach(AccountChanges::accountsChanged);
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof CurrentUser user && user.getUsername().equals(username)) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}
}
