package org.opentechmarket.trading;

/** The trading route a deal came from; with the origin's id it identifies the deal (one deal per origin). */
public enum DealOrigin {
	/** an accepted offer in an inquiry thread (after a public notice when the seller is state-owned) */
	NEGOTIATION,
	/** a listing closed with exactly one qualified buyer, at the listing price */
	LISTING,
	/** a live auction closed above the reserve, at the hammer price */
	AUCTION,
	/** a tender awarded */
	TENDER
}
