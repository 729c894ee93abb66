package org.opentechmarket.listing.tender;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A tender offer's states, every allowed transition here: {@code SEALED} from submission (it may be replaced, or
 * {@code WITHDRAWN} for good, until the deadline — 招标投标法 第二十九条); at the opening {@code VALID} or
 * {@code REJECTED} (deposit not confirmed by the deadline, or a broken seal); at the end {@code AWARDED} or
 * {@code NOT_AWARDED}.
 */
public enum OfferStatus {
	SEALED, WITHDRAWN, VALID, REJECTED, AWARDED, NOT_AWARDED;

	private static final Map<OfferStatus, Set<OfferStatus>> ALLOWED = Map.of(
			SEALED, EnumSet.of(WITHDRAWN, VALID, REJECTED, NOT_AWARDED),
			WITHDRAWN, EnumSet.noneOf(OfferStatus.class),
			VALID, EnumSet.of(AWARDED, NOT_AWARDED),
			REJECTED, EnumSet.noneOf(OfferStatus.class),
			AWARDED, EnumSet.noneOf(OfferStatus.class),
			NOT_AWARDED, EnumSet.noneOf(OfferStatus.class));

	public boolean canBecome(OfferStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
