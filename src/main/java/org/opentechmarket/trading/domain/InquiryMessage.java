package org.opentechmarket.trading.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One message in an inquiry thread; a message about a formal offer names it. */
@Entity
@Table(name = "inquiry_messages")
public class InquiryMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_messages_seq")
	@SequenceGenerator(name = "inquiry_messages_seq", sequenceName = "inquiry_messages_seq", allocationSize = 50)
	private Long id;

	private long inquiryId;
	@Enumerated(EnumType.STRING)
	private Side side;
	private long authorUserId;
	private String authorName;
	private String body;
	private Long offerId;
	private Instant createdAt;

	protected InquiryMessage() {
	}

	public InquiryMessage(long inquiryId, Side side, long authorUserId, String authorName, String body, Long offerId,
			Clock clock) {
		this.inquiryId = inquiryId;
		this.side = side;
		this.authorUserId = authorUserId;
		this.authorName = authorName;
		this.body = body;
		this.offerId = offerId;
		this.createdAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getInquiryId() {
		return inquiryId;
	}

	public Side getSide() {
		return side;
	}

	public long getAuthorUserId() {
		return authorUserId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getBody() {
		return body;
	}

	public Long getOfferId() {
		return offerId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
