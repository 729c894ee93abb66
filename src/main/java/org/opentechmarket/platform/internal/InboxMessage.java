package org.opentechmarket.platform.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "inbox_messages")
class InboxMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_messages_seq")
	@SequenceGenerator(name = "inbox_messages_seq", sequenceName = "inbox_messages_seq", allocationSize = 50)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "delivered_at", nullable = false)
	private Instant deliveredAt;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inbox_message_arguments", joinColumns = @JoinColumn(name = "message_id"))
	@OrderColumn(name = "position")
	@Column(name = "value")
	private List<String> arguments = new ArrayList<>();

	private String link;

	@Column(name = "read_at")
	private Instant readAt;

	protected InboxMessage() {
	}

	InboxMessage(long userId, Instant at, String messageKey, List<String> arguments, String link) {
		this.userId = userId;
		this.deliveredAt = at;
		this.messageKey = messageKey;
		this.arguments = new ArrayList<>(arguments);
		this.link = link;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	Instant getDeliveredAt() {
		return deliveredAt;
	}

	String getMessageKey() {
		return messageKey;
	}

	Object[] getArgumentArray() {
		return arguments.toArray();
	}

	String getLink() {
		return link;
	}

	boolean isRead() {
		return readAt != null;
	}
}
