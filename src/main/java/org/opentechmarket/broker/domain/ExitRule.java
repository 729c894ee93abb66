package org.opentechmarket.broker.domain;

import java.util.Map;

/**
 * 动态退出 (seed 000 §10): a broker whose final evaluations are below the threshold in {@code consecutiveYears} consecutive years
 * up to and including {@code year} gets a suspension notice. A missing or provisional year breaks the run.
 */
public final class ExitRule {

	private final int consecutiveYears;

	public ExitRule(int consecutiveYears) {
		if (consecutiveYears < 1) {
			throw new IllegalArgumentException("consecutive-years must be at least 1");
		}
		this.consecutiveYears = consecutiveYears;
	}

	/**
	 * @param finalResults year → passed, final evaluations only
	 */
	public boolean requiresNotice(int year, Map<Integer, Boolean> finalResults) {
		for (int y = year - consecutiveYears + 1; y <= year; y++) {
			Boolean passed = finalResults.get(y);
			if (passed == null || passed) {
				return false;
			}
		}
		return true;
	}
}
