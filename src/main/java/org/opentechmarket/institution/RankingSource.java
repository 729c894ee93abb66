package org.opentechmarket.institution;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;

/**
 * Supplies the values of one ranking term: a module that knows deals, contracts, listings or auctions declares a bean
 * implementing this. A term without a source counts 0 for every institution, and the ranking page says so.
 */
public interface RankingSource {

	RankingTerm term();

	/** Organisation id → value of the term in the calendar year (organisations without a value may be left out). */
	Map<Long, BigDecimal> valuesFor(Year year);
}
