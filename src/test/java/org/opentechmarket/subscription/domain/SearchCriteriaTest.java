package org.opentechmarket.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.MatchExplanation.PriceFit;
import org.opentechmarket.matching.MatchExplanation.RegionFit;
import org.opentechmarket.matching.MatchExplanation.TrlFit;

/** A saved search's filters, applied to strong matches as the catalogue's filters would be. */
class SearchCriteriaTest {

	private static Match match(String industry, String discipline, TrlFit trl, PriceFit price, RegionFit region) {
		return new Match(1, "1", "t", 0.5, true,
				new MatchExplanation(List.of(), 0.5, industry, discipline, trl, price, region, null));
	}

	@Test
	void noFiltersAcceptEverything() {
		SearchCriteria c = new SearchCriteria("涂层", " ", null, "", null, null);
		assertThat(c.industryCode()).isNull();
		assertThat(c.accepts(match(null, null, TrlFit.BELOW, PriceFit.ABOVE, RegionFit.ELSEWHERE))).isTrue();
	}

	@Test
	void codesMustBeSharedWhole() {
		SearchCriteria c = new SearchCriteria("涂层", "c", "520", null, null, null);
		assertThat(c.industryCode()).isEqualTo("C");
		assertThat(c.accepts(match("C", "520", TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.UNKNOWN))).isTrue();
		// sharing only the discipline's root is not being under the wanted discipline
		assertThat(c.accepts(match("C", "52", TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.UNKNOWN))).isFalse();
		assertThat(c.accepts(match(null, "520", TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.UNKNOWN))).isFalse();
	}

	@Test
	void aProvinceAcceptsItsCitiesAndACityOnlyItself() {
		SearchCriteria province = new SearchCriteria("涂层", null, null, "330000", null, null);
		assertThat(province.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.SAME_PROVINCE))).isTrue();
		assertThat(province.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.SAME_CITY))).isTrue();
		assertThat(province.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.ELSEWHERE))).isFalse();
		SearchCriteria city = new SearchCriteria("涂层", null, null, "330100", null, null);
		assertThat(city.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.SAME_PROVINCE))).isFalse();
		assertThat(city.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.UNKNOWN, RegionFit.SAME_CITY))).isTrue();
	}

	@Test
	void trlMustBeMetAndThePriceWithinTheBudgetOrNegotiable() {
		SearchCriteria c = new SearchCriteria("涂层", null, null, null, 5, new BigDecimal("100"));
		assertThat(c.accepts(match(null, null, TrlFit.MEETS, PriceFit.WITHIN, RegionFit.UNKNOWN))).isTrue();
		assertThat(c.accepts(match(null, null, TrlFit.MEETS, PriceFit.NEGOTIABLE, RegionFit.UNKNOWN))).isTrue();
		assertThat(c.accepts(match(null, null, TrlFit.UNKNOWN, PriceFit.WITHIN, RegionFit.UNKNOWN))).isFalse();
		assertThat(c.accepts(match(null, null, TrlFit.MEETS, PriceFit.ABOVE, RegionFit.UNKNOWN))).isFalse();
	}
}
