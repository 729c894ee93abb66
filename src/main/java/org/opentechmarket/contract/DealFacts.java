package org.opentechmarket.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a deal-owning module knows of a deal, for pre-filling a contract registration.
 *
 * @param source the {@link DealRecords#source()} that found it
 * @param dealId the deal's id within its source
 * @param title project name (e.g. the achievement's title)
 * @param sellerOrganisationId the seller's organisation when it is registered, else null
 * @param buyerOrganisationId the buyer's organisation when it is registered, else null
 */
public record DealFacts(String source, long dealId, String title, String sellerName, Long sellerOrganisationId,
		String buyerName, Long buyerOrganisationId, BigDecimal contractAmount, LocalDate signedOn) {

	/** "source:id", how a registration refers to the deal it came from. */
	public String reference() {
		return source + ":" + dealId;
	}
}
