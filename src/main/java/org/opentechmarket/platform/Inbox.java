package org.opentechmarket.platform;

import java.util.List;

/**
 * The in-app inbox every module writes to: invitations, reminders, notices. A message is stored as a message key and its
 * arguments so each reader sees it in their own language; the link is a path inside the platform.
 */
public interface Inbox {

	/**
	 * Delivers a message to one user in the caller's transaction.
	 * @param messageKey key in messages.properties, with {0}.. placeholders for {@code arguments}
	 * @param link a path inside the platform (starting with a single {@code /}), or null
	 */
	void deliver(long userId, String messageKey, List<String> arguments, String link);

	/** Unread messages of a user (for the badge in the navigation bar). */
	long unread(long userId);
}
