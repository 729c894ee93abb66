package org.opentechmarket.trading;

/**
 * What is traded besides the price: the method and, for a licence, its mode, term and territory (free text as the parties
 * write them, e.g. "5年" and "中国大陆").
 */
public record TradeTerms(TradeMethod method, LicenceMode licenceMode, String term, String territory) {

	public TradeTerms {
		if (method == null) {
			throw new IllegalArgumentException("method is required");
		}
		if (method == TradeMethod.TRANSFER) {
			licenceMode = null;
		}
	}

	public static TradeTerms transfer() {
		return new TradeTerms(TradeMethod.TRANSFER, null, null, null);
	}
}
