package org.opentechmarket.subscription.domain;

import java.math.BigDecimal;
import java.util.Locale;

import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;

/**
 * A saved search: text and the catalogue's filters, in the fields of a {@code NeedQuery}. The codes and TRL also weigh in the
 * score (as on a need's page); on top, a strong match must satisfy every filter set, as the catalogue's filters would:
 * under the industry and discipline codes, in the region (the province for a province code, else the city), TRL at least
 * {@code minTrl} (unknown TRL fails), lowest asking price not above {@code budgetMax} (negotiable passes).
 *
 * @param budgetMax 万元
 */
public record SearchCriteria(String text, String industryCode, String disciplineCode, String regionCode, Integer minTrl,
		BigDecimal budgetMax) {

	public SearchCriteria {
		text = blankToNull(text);
		industryCode = blankToNull(industryCode);
		disciplineCode = blankToNull(disciplineCode);
		regionCode = blankToNull(regionCode);
		if (industryCode != null) {
			industryCode = industryCode.toUpperCase(Locale.ROOT);
		}
	}

	/** Whether a match (scored for this search) satisfies every filter set. */
	public boolean accepts(Match m) {
		MatchExplanation why = m.why();
		if (industryCode != null && !industryCode.equals(why.sharedIndustry())) {
			return false;
		}
		if (disciplineCode != null && !disciplineCode.equals(why.sharedDiscipline())) {
			return false;
		}
		if (regionCode != null) {
			boolean province = regionCode.endsWith("0000");
			MatchExplanation.RegionFit fit = why.regionFit();
			if (!(fit == MatchExplanation.RegionFit.SAME_CITY
					|| (province && fit == MatchExplanation.RegionFit.SAME_PROVINCE))) {
				return false;
			}
		}
		if (minTrl != null && why.trlFit() != MatchExplanation.TrlFit.MEETS) {
			return false;
		}
		return budgetMax == null || why.priceFit() != MatchExplanation.PriceFit.ABOVE;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
