package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Enterprise income tax on a year's technology-transfer income (企业所得税法实施条例 第九十条; 财税〔2010〕111号): transfer
 * income = revenue − net book value of the intangible − related taxes and fees (not below zero); the part up to the threshold
 * (5,000,000 yuan; 20,000,000 in pilot zones) is exempt, the part above is taxed at half the standard rate (25 %). An estimate,
 * never advice.
 */
public final class TaxEstimator {

	private final BigDecimal threshold;
	private final BigDecimal pilotThreshold;
	private final BigDecimal rate;

	public TaxEstimator(BigDecimal threshold, BigDecimal pilotThreshold, BigDecimal rate) {
		this.threshold = threshold;
		this.pilotThreshold = pilotThreshold;
		this.rate = rate;
	}

	public record Estimate(BigDecimal transferIncome, BigDecimal exemptPart, BigDecimal halvedPart, BigDecimal incomeTax,
			BigDecimal threshold) {
	}

	public Estimate estimate(BigDecimal revenue, BigDecimal netBookValue, BigDecimal relatedTaxes, boolean pilotZone) {
		BigDecimal limit = pilotZone ? pilotThreshold : threshold;
		BigDecimal income = revenue.subtract(netBookValue).subtract(relatedTaxes).max(BigDecimal.ZERO);
		BigDecimal exempt = income.min(limit);
		BigDecimal halved = income.subtract(exempt);
		BigDecimal tax = halved.multiply(rate).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return new Estimate(two(income), two(exempt), two(halved), tax, two(limit));
	}

	private static BigDecimal two(BigDecimal v) {
		return v.setScale(2, RoundingMode.HALF_UP);
	}
}
