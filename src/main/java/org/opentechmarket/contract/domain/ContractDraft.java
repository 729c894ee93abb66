package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a registrant types or a deal pre-fills, before validation. Field names are the form's, so violations land next to their
 * input. Null means "not given".
 */
public record ContractDraft(String projectName, ContractType type, ContractSubType subType, LicenceMode licenceMode,
		LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, TechnicalField technicalField, IpType ipType,
		PlanSource planSource, BigDecimal contractAmount, PaymentMode paymentMode, BigDecimal expectedInvestment,
		BigDecimal expectedOutput, boolean technologyImport, String buyerName, String buyerCountry, String buyerRegion,
		String buyerNature, String sellerName, String sellerCountry, String sellerRegion, String sellerNature,
		List<CostLine> costs, String dealReference) {

	public ContractDraft {
		costs = costs == null ? List.of() : List.copyOf(costs);
	}

	/** One cost row of the form; rows with neither description nor amount are ignored. */
	public record CostLine(CostKind kind, String description, Integer quantity, BigDecimal amount) {

		boolean blank() {
			return (description == null || description.isBlank()) && amount == null;
		}
	}
}
