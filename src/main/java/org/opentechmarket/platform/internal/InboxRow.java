package org.opentechmarket.platform.internal;

import java.time.Instant;

/** One message as the inbox page shows it (public so the template engine can read it). */
public record InboxRow(long id, Instant deliveredAt, String messageKey, Object[] arguments, String link, boolean read) {

	static InboxRow of(InboxMessage message) {
		return new InboxRow(message.getId(), message.getDeliveredAt(), message.getMessageKey(), message.getArgumentArray(),
				message.getLink(), message.isRead());
	}
}
