package org.opentechmarket.contract.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.TaxEstimator;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contract registration API: the tax-relief estimate. */
@RestController
@Tag(name = "Contracts", description = "Technology contract registration (技术合同认定登记)")
class ContractApiController {

	private final ContractService contracts;

	ContractApiController(ContractService contracts) {
		this.contracts = contracts;
	}

	/** Amounts as strings (yuan, at most two decimals). */
	record TaxRequest(String transferRevenue, String netBookValue, String relatedTaxes, Boolean pilotZone) {
	}

	record TaxResponse(String transferIncome, String exemptPart, String halvedPart, String incomeTax) {
	}

	@PostMapping("/api/v1/contracts/tax-estimate")
	@Operation(summary = "Estimate enterprise income tax on a year's technology-transfer income",
			description = "Transfer income = revenue − net book value − related taxes; the part up to the threshold (5,000,000 "
					+ "yuan, 20,000,000 in pilot zones; otm.contract.tax.*) is exempt, the rest is taxed at half the 25 % rate. "
					+ "An estimate, not tax advice.")
	TaxResponse estimate(@RequestBody TaxRequest request) {
		TaxEstimator.Estimate e = contracts.estimate(amount("transferRevenue", request.transferRevenue()),
				amount("netBookValue", request.netBookValue()), amount("relatedTaxes", request.relatedTaxes()), Boolean.TRUE.equals(request.pilotZone()));
		return new TaxResponse(e.transferIncome().toPlainString(), e.exemptPart().toPlainString(),
				e.halvedPart().toPlainString(), e.incomeTax().toPlainString());
	}

	private static BigDecimal amount(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(List.of(FieldViolation.of(field, "contract.amount.format")));
		}
	}
}
