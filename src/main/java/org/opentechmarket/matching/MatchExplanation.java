package org.opentechmarket.matching;

import java.util.List;

/**
 * Why an achievement matched: each part of the score with its evidence.
 *
 * @param matchedTerms query terms (words or character pairs) found in both the need and the achievement, most informative
 * first
 * @param textScore the text relevance part, 0–1 before its weight
 * @param sharedIndustry the longest GB/T 4754 code prefix both share (a section letter or deeper), null when none
 * @param sharedDiscipline the longest GB/T 13745 code prefix both share, null when none
 * @param ageDays days between the achievement's publication and the need (or today), null when unknown
 */
public record MatchExplanation(List<String> matchedTerms, double textScore, String sharedIndustry, String sharedDiscipline,
		TrlFit trlFit, PriceFit priceFit, RegionFit regionFit, Long ageDays) {

	public MatchExplanation {
		matchedTerms = List.copyOf(matchedTerms);
	}

	public enum TrlFit {
		/** the achievement's TRL is at least the wanted one */
		MEETS,
		/** below the wanted TRL */
		BELOW,
		/** no wanted TRL or the achievement's is unknown */
		UNKNOWN
	}

	public enum PriceFit {
		/** the asking price fits the budget */
		WITHIN,
		/** the lowest asking price is above the budget */
		ABOVE,
		/** either side negotiates (面议) */
		NEGOTIABLE,
		UNKNOWN
	}

	public enum RegionFit {
		SAME_CITY, SAME_PROVINCE, ELSEWHERE, UNKNOWN
	}
}
