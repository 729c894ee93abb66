package org.opentechmarket.matching.domain;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentechmarket.broker.BrokerFields;
import org.opentechmarket.platform.CodeTables;

/**
 * Whether a need lies in a broker's fields and regions. Fields compare at the top of the code tables (a broker of GB/T 4754
 * C35 covers needs anywhere in section C), as the broker module's leads do; a region covers the regions under it (a
 * province its cities and districts). A need without a region is in every broker's regions; a need without codes is in no
 * broker's fields.
 */
final class BrokerReach {

	private final CodeTables codes;
	private final Set<String> sections;
	private final Set<String> disciplineRoots;
	private final Set<String> regions;

	BrokerReach(CodeTables codes, BrokerFields fields) {
		this.codes = codes;
		this.sections = fields.industries().stream().map(c -> codes.industries().root(c)).filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
		this.disciplineRoots = fields.disciplines().stream().map(c -> codes.disciplines().root(c))
			.filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		this.regions = Set.copyOf(fields.regions());
	}

	Set<String> sections() {
		return sections;
	}

	Set<String> disciplineRoots() {
		return disciplineRoots;
	}

	boolean covers(String industryCode, String disciplineCode, String regionCode) {
		return inFields(industryCode, disciplineCode) && inRegions(regionCode);
	}

	boolean inFields(String industryCode, String disciplineCode) {
		String section = codes.industries().root(industryCode);
		String root = codes.disciplines().root(disciplineCode);
		return section != null && sections.contains(section) || root != null && disciplineRoots.contains(root);
	}

	boolean inRegions(String regionCode) {
		if (regionCode == null || regions.isEmpty()) {
			return true;
		}
		for (String r : regions) {
			int level = codes.regions().find(r).map(CodeTables.Code::level).orElse(0);
			if (level > 0 && r.equals(codes.regions().ancestorAt(regionCode, level))) {
				return true;
			}
		}
		return false;
	}
}
