package org.opentechmarket.platform;

/**
 * Told when an account or an organisation changed (roles, enabled, password, name, verification). Whoever remembers
 * signed-in users (the API's sign-in memory) forgets them at once and again when the changing transaction ends, so the
 * change applies to the next call.
 */
public interface AccountChanges {

	void accountsChanged();
}
