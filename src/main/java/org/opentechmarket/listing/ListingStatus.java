package org.opentechmarket.listing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The listing lifecycle (domain/trading.md §Listing), every allowed transition here: a listing is {@code LISTED} from its
 * publication to the end of its period; the close decides {@code UNSOLD} (no qualified buyer), {@code SOLD} (exactly one: a
 * deal at the listing price), {@code AUCTIONED} or {@code TENDERED} (two or more: converted into an auction or a tender among
 * them, as the seller chose when listing). The seller may {@code WITHDRAW} a listing nobody has registered for yet.
 */
public enum ListingStatus {
	LISTED, UNSOLD, SOLD, AUCTIONED, TENDERED, WITHDRAWN;

	private static final Map<ListingStatus, Set<ListingStatus>> ALLOWED = Map.of(
			LISTED, EnumSet.of(UNSOLD, SOLD, AUCTIONED, TENDERED, WITHDRAWN),
			UNSOLD, EnumSet.noneOf(ListingStatus.class),
			SOLD, EnumSet.noneOf(ListingStatus.class),
			AUCTIONED, EnumSet.noneOf(ListingStatus.class),
			TENDERED, EnumSet.noneOf(ListingStatus.class),
			WITHDRAWN, EnumSet.noneOf(ListingStatus.class));

	public boolean canBecome(ListingStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isFinal() {
		return ALLOWED.get(this).isEmpty();
	}

	/** An unsold listing may be listed again (a new listing, same or lower price). */
	public boolean mayRelist() {
		return this == UNSOLD || this == WITHDRAWN;
	}
}
