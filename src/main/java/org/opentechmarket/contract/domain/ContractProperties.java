package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code otm.contract.*}: time limits and thresholds of contract registration; defaults and sources in application.yml and
 * docs/configuration.md (the 2026 办法 may change them).
 */
@ConfigurationProperties("otm.contract")
public record ContractProperties(@DefaultValue("15") int decisionWorkingDays, @DefaultValue("30") int extendedDecisionWorkingDays,
		@DefaultValue("5000000") BigDecimal largeAmount, @DefaultValue("2") int carrierEquipmentSets, @DefaultValue Tax tax,
		@DefaultValue("5000") BigDecimal rewardPerHundredMillion, @DefaultValue("3") int opinionPanelSize,
		@DefaultValue("330000") String coverageProvince) {

	public record Tax(@DefaultValue("5000000") BigDecimal threshold, @DefaultValue("20000000") BigDecimal pilotZoneThreshold,
			@DefaultValue("0.25") BigDecimal rate, @DefaultValue("110108") List<String> pilotZones) {
	}

	public TaxEstimator taxEstimator() {
		return new TaxEstimator(tax.threshold(), tax.pilotZoneThreshold(), tax.rate());
	}

	public TechnicalAmountCalculator calculator() {
		return new TechnicalAmountCalculator(carrierEquipmentSets);
	}
}
