package org.opentechmarket.people.internal;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.opentechmarket.platform.AccountChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the platform when a user account or an organisation was changed (roles, enabled, password, name, verification),
 * whatever service changed it, so that nobody is served a signed-in user as they were before the change.
 */
@Component
class AccountChangeListener {

	private final ObjectProvider<AccountChanges> changes;

	AccountChangeListener(ObjectProvider<AccountChanges> changes) {
		this.changes = changes;
	}

	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		changes.forEach(AccountChanges::accountsChanged);
	}
}
