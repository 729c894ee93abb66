package org.opentechmarket.platform;

/** Ends a user's open web sessions, e.g. after their account was disabled or their roles changed. */
public interface SessionRevocation {

	void revoke(String username);
}
