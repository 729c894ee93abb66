package org.opentechmarket.broker;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;

/** The broker module's public face for other modules (needs, matching, trading, contract registration). */
public interface Brokers {

	/**
	 * Proposes an attachment of a broker to a subject; it becomes effective when the other side consents. When {@code actor}
	 * is the broker, a member of the holder organisation accepts or declines; when {@code actor} is a member of the holder
	 * organisation (an invitation), the broker accepts or declines. For achievements the holder is the achievement's holder
	 * (a different {@code holderOrganisationId} is refused). Suspended or withdrawn brokers take no new attachments.
	 *
	 * @return the id of the pending attachment
	 */
	long attach(CurrentUser actor, long brokerUserId, AttachmentSubject subjectType, long subjectId, long holderOrganisationId);

	/**
	 * A broker takes up a subject whose holder asked for a broker (the holder's request, checked by the module that keeps
	 * it, is the holder's consent): the attachment is in force at once, as an invitation the broker accepted. Refused
	 * (conflict) for a user without a broker profile, a broker who takes no new work, or one already attached.
	 *
	 * @param requestedBy the username of the holder's member who asked
	 * @return the id of the attachment
	 */
	long acceptRequest(CurrentUser broker, AttachmentSubject subjectType, long subjectId, long holderOrganisationId,
			String requestedBy);

	/** The fields and regions of a broker's profile; empty when the user has none. */
	Optional<BrokerFields> fieldsOf(long brokerUserId);

	/** The brokers whose attachment to the subject was accepted and is in force. */
	List<AttachedBroker> brokersOf(AttachmentSubject subjectType, long subjectId);

	/**
	 * Awards contribution points for a verified source event; idempotent: the same (broker, source, reference) pays once.
	 *
	 * @param sourceReference the event's stable reference, e.g. {@code contract:2026-330100-0042}
	 * @param amount the deal or contract amount in yuan where the point table scales by amount ({@code DEAL_COMPLETED}), else null
	 * @return true when the entry was recorded now, false when this event had already been paid
	 */
	boolean award(long brokerUserId, PointSource source, String sourceReference, BigDecimal amount);
}
