package org.opentechmarket.listing.domain;

import java.util.List;

import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * Checks the trade terms a listing or tender offers (促进科技成果转化法 第十六条: 转让 or 许可): a licence names its mode
 * (独占 / 排他 / 普通, Civil Code 技术合同 chapter) and its term; the territory is optional.
 */
public final class TermsRules {

	public static final int TERM_MAX = 50;
	public static final int TERRITORY_MAX = 100;

	private TermsRules() {
	}

	/** The terms, or null when no method is given; problems are added to {@code v}. */
	public static TradeTerms check(TradeMethod method, LicenceMode mode, String term, String territory,
			List<FieldViolation> v) {
		if (method == null) {
			return null;
		}
		String cleanTerm = term == null || term.isBlank() ? null : term.strip();
		String cleanTerritory = territory == null || territory.isBlank() ? null : territory.strip();
		if (method == TradeMethod.LICENSE) {
			if (mode == null) {
				v.add(FieldViolation.of("licenceMode", "listing.licenceMode.required"));
			}
			if (cleanTerm == null || cleanTerm.length() > TERM_MAX) {
				v.add(FieldViolation.of("licenceTerm", "listing.licenceTerm.required", TERM_MAX));
			}
		}
		if (cleanTerritory != null && cleanTerritory.length() > TERRITORY_MAX) {
			v.add(FieldViolation.of("territory", "listing.territory.tooLong", TERRITORY_MAX));
		}
		return new TradeTerms(method, mode, method == TradeMethod.LICENSE ? cleanTerm : null, cleanTerritory);
	}
}
