package org.opentechmarket.broker;

/** What a broker can work on: a published achievement now; needs and deals arrive with later features. */
public enum AttachmentSubject {
	ACHIEVEMENT, NEED, DEAL
}
