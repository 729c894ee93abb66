package org.opentechmarket.trading.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An inquiry thread's states, every allowed transition here: {@code OPEN → AGREED} (an offer accepted) | {@code CLOSED}
 * (either side ends the talks); {@code AGREED → OPEN} when an upheld objection blocks the agreement and talks resume.
 */
public enum InquiryStatus {
	OPEN, AGREED, CLOSED;

	private static final Map<InquiryStatus, Set<InquiryStatus>> ALLOWED = Map.of(
			OPEN, EnumSet.of(AGREED, CLOSED),
			AGREED, EnumSet.of(OPEN),
			CLOSED, EnumSet.noneOf(InquiryStatus.class));

	public boolean canBecome(InquiryStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
