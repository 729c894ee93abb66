package org.opentechmarket.institution.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A profile's place in the public directory. LISTED shows publicly; SUSPENDED is hidden pending a review; DELISTED is
 * removed (and may be listed again by an administrator). All transitions are here.
 */
public enum ListingStatus {
	LISTED, SUSPENDED, DELISTED;

	private static final Map<ListingStatus, Set<ListingStatus>> ALLOWED = Map.of(
			LISTED, EnumSet.of(SUSPENDED, DELISTED),
			SUSPENDED, EnumSet.of(LISTED, DELISTED),
			DELISTED, EnumSet.of(LISTED));

	public boolean canMoveTo(ListingStatus target) {
		return ALLOWED.get(this).contains(target);
	}

	public Set<ListingStatus> next() {
		return ALLOWED.get(this);
	}

	/** Leaving the directory needs a reason on record; coming back does not. */
	public boolean needsReason() {
		return this != LISTED;
	}
}
