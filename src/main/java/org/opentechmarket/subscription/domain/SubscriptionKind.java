package org.opentechmarket.subscription.domain;

/** What a subscription follows. */
public enum SubscriptionKind {
	/** a saved search: text and optional filters, like a catalogue search */
	SEARCH,
	/** an open need of the subscriber's own organisation: new achievements that would solve it */
	NEED
}
