package org.opentechmarket.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.people.OrganisationType;

/** The structured buyer qualifications: organisation types and GB/T 2260 regions. */
class ListingBuyerRuleTest {

	@Test
	void typesAreAllowedOrAnyWhenNoneIsGiven() {
		BuyerRule enterprises = new BuyerRule(EnumSet.of(OrganisationType.ENTERPRISE), null);
		assertThat(enterprises.admitsType(OrganisationType.ENTERPRISE)).isTrue();
		assertThat(enterprises.admitsType(OrganisationType.UNIVERSITY)).isFalse();
		assertThat(new BuyerRule(Set.of(), null).admitsType(OrganisationType.UNIVERSITY)).isTrue();
	}

	@Test
	void aProvinceOrCityCoversItsDistricts() {
		assertThat(BuyerRule.covers("330000", "330106")).isTrue();
		assertThat(BuyerRule.covers("330000", "320106")).isFalse();
		assertThat(BuyerRule.covers("330100", "330106")).isTrue();
		assertThat(BuyerRule.covers("330100", "330203")).isFalse();
		assertThat(BuyerRule.covers("330106", "330106")).isTrue();
		assertThat(BuyerRule.covers("330106", "330105")).isFalse();
		assertThat(new BuyerRule(Set.of(), "330000").admitsRegion(null)).isFalse();
		assertThat(new BuyerRule(Set.of(), null).admitsRegion(null)).isTrue();
	}
}
