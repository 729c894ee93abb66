package org.opentechmarket.broker.domain;

/** A broker's record (training, offline deal) waits for an administrator, who verifies or rejects it; points follow only verification. */
public enum Verification {
	RECORDED, VERIFIED, REJECTED
}
