package org.opentechmarket.trading;

import java.util.Optional;

/** The deal registry as the other trading routes (auctions, listings, tenders) use it. */
public interface Deals {

	/**
	 * Records an agreed deal in the caller's transaction and applies the listed deposits to it. Idempotent per
	 * {@code (origin, originId)}: a second call returns the deal the first one recorded, so a retried close never makes two.
	 *
	 * @return the deal's id
	 */
	long agree(DealProposal proposal);

	Optional<DealSummary> find(long dealId);

	/** The deal that came from this origin, if one was recorded. */
	Optional<DealSummary> findByOrigin(DealOrigin origin, long originId);
}
