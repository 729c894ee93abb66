package org.opentechmarket.listing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The tender lifecycle (domain/trading.md §Tender), every allowed transition here: {@code OPEN} takes sealed offers until the
 * deadline (the owner may {@code CANCEL} it before then); at or after the opening time the offers are {@code OPENED} (an
 * audited event); an expert panel scores each valid offer while {@code EVALUATING}; the tender ends {@code AWARDED} to the
 * first-ranked offer, or {@code FAILED} (no offer, no valid offer, or none passed the technical review).
 */
public enum TenderStatus {
	OPEN, OPENED, EVALUATING, AWARDED, FAILED, CANCELLED;

	private static final Map<TenderStatus, Set<TenderStatus>> ALLOWED = Map.of(
			OPEN, EnumSet.of(OPENED, FAILED, CANCELLED),
			OPENED, EnumSet.of(EVALUATING, FAILED),
			EVALUATING, EnumSet.of(AWARDED, FAILED),
			AWARDED, EnumSet.noneOf(TenderStatus.class),
			FAILED, EnumSet.noneOf(TenderStatus.class),
			CANCELLED, EnumSet.noneOf(TenderStatus.class));

	public boolean canBecome(TenderStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}
}
