package org.opentechmarket.listing.domain;

import java.util.EnumSet;
import java.util.Set;

import org.opentechmarket.people.OrganisationType;

/**
 * The structured part of a listing's buyer qualifications: the organisation types allowed (any when empty) and the region the
 * buyer must be registered in (anywhere when null; a GB/T 2260 province or city code covers its districts).
 */
public record BuyerRule(Set<OrganisationType> types, String region) {

	public BuyerRule {
		types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
		region = region == null || region.isBlank() ? null : region.strip();
	}

	public boolean admitsType(OrganisationType type) {
		return types.isEmpty() || types.contains(type);
	}

	public boolean admitsRegion(String regionCode) {
		return region == null || covers(region, regionCode);
	}

	/** Whether the GB/T 2260 area (province 330000, city 330100, district 330106) contains the code. */
	public static boolean covers(String area, String code) {
		if (area == null || code == null || area.length() != 6 || code.length() != 6) {
			return area != null && area.equals(code);
		}
		String prefix = area;
		for (int i = 0; i < 2 && prefix.endsWith("00"); i++) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return code.startsWith(prefix);
	}
}
