package org.opentechmarket.contract;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;

/**
 * SPI: implemented by each module that records deals (broker offline deals, trading deals) so the seller side can register a
 * technology contract pre-filled from one. Implementations return only deals the viewer's organisation is the seller of.
 */
public interface DealRecords {

	/** A short, stable key naming the implementation, e.g. {@code broker}; part of {@link DealFacts#reference()}. */
	String source();

	/** The deal when it exists, is final (verified / completed) and the viewer's organisation is its seller. */
	Optional<DealFacts> find(long dealId, CurrentUser viewer);

	/** Final deals whose seller is the viewer's organisation, newest first. */
	List<DealFacts> dealsOf(CurrentUser viewer);
}
