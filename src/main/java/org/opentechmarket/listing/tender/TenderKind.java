package org.opentechmarket.listing.tender;

/**
 * Who asks for offers. A {@code BUY} tender is a buyer looking for a technology or an R&amp;D service (e.g. a challenge poster
 * looking for solvers): the lowest price scores best. A {@code SELL} tender is a seller offering its achievement to the best
 * buyer (also what a listing with two or more qualified buyers becomes when the seller chose a tender): the highest price
 * scores best.
 */
public enum TenderKind {
	BUY, SELL
}
