package org.opentechmarket.broker;

import java.time.Instant;

/** A broker working on a subject with the holder's consent (public fields only: no contact data). */
public record AttachedBroker(long attachmentId, long brokerUserId, String displayName, String organisation,
		AttachmentSubject subjectType, long subjectId, Instant since) {
}
