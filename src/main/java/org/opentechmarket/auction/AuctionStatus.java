package org.opentechmarket.auction;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The auction lifecycle, every allowed transition here: {@code ANNOUNCED → OPEN → SOLD | FAILED};
 * {@code ANNOUNCED → CANCELLED} (before bidding starts only: a bid is binding, 拍卖法 Art. 36).
 */
public enum AuctionStatus {
	ANNOUNCED, OPEN, SOLD, FAILED, CANCELLED;

	private static final Map<AuctionStatus, Set<AuctionStatus>> ALLOWED = Map.of(
			ANNOUNCED, EnumSet.of(OPEN, CANCELLED),
			OPEN, EnumSet.of(SOLD, FAILED),
			SOLD, EnumSet.noneOf(AuctionStatus.class),
			FAILED, EnumSet.noneOf(AuctionStatus.class),
			CANCELLED, EnumSet.noneOf(AuctionStatus.class));

	public boolean canBecome(AuctionStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isClosed() {
		return ALLOWED.get(this).isEmpty();
	}
}
