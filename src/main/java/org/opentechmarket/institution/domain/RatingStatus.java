package org.opentechmarket.institution.domain;

/** A rating is PENDING until an administrator approves (published, counted) or rejects it (never shown). */
public enum RatingStatus {
	PENDING, APPROVED, REJECTED
}
