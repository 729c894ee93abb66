package org.opentechmarket.platform.internal;

import java.time.Clock;
import java.util.List;

import org.opentechmarket.platform.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseInbox implements Inbox {

	private final InboxMessages messages;
	private final Clock clock;

	DatabaseInbox(InboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void deliver(long userId, String messageKey, List<String> arguments, String link) {
		// only links inside the platform: a message must never become an open redirect
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			throw new IllegalArgumentException("Inbox links are platform paths: " + link);
		}
		messages.save(new InboxMessage(userId, clock.instant(), messageKey, arguments == null ? List.of() : arguments, link));
	}

	@Override
	@Transactional(readOnly = true)
	public long unread(long userId) {
		return messages.countByUserIdAndReadAtIsNull(userId);
	}
}
