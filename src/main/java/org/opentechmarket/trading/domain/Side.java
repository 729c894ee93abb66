package org.opentechmarket.trading.domain;

/** The two sides of an inquiry: the buyer who asked and the seller who holds the achievement. */
public enum Side {
	BUYER, SELLER;

	public Side other() {
		return this == BUYER ? SELLER : BUYER;
	}
}
