package org.opentechmarket.matching.offline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.opentechmarket.platform.CodeTables;

/**
 * The GB/T 4754 code of an industry written by name as the zjmarket listings write it ({@code 制造业——通用设备制造}: section,
 * dash, division): names compared without punctuation and 和/及/与; a division by equal name, prefix or containment, else the
 * section. The same reading as the achievement import's industry matcher, kept small here because that one is internal to
 * the achievement module.
 */
final class IndustryNames {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:—+|－+|--+|->|>|/)\\s*");
	private static final Pattern NOISE = Pattern.compile("[\\s、，,;；:：·.。()（）\"“”'‘’和及与]");

	private final CodeTables.CodeTable industries;
	private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

	IndustryNames(CodeTables.CodeTable industries) {
		this.industries = industries;
	}

	Optional<String> code(String classification) {
		if (classification == null || classification.isBlank()) {
			return Optional.empty();
		}
		return cache.computeIfAbsent(classification.strip(), this::find);
	}

	private Optional<String> find(String classification) {
		String[] parts = SEPARATOR.split(classification, 2);
		String section = normalise(parts[0]);
		for (CodeTables.Code s : industries.topLevel()) {
			String name = normalise(s.nameZh());
			if (section.isEmpty() || !(name.equals(section) || name.startsWith(section) || section.startsWith(name))) {
				continue;
			}
			if (parts.length > 1) {
				String division = normalise(parts[1]);
				for (CodeTables.Code d : industries.children(s.code())) {
					String dn = normalise(d.nameZh());
					if (!division.isEmpty() && (dn.startsWith(division) || division.startsWith(dn) || dn.contains(division))) {
						return Optional.of(d.code());
					}
				}
			}
			return Optional.of(s.code());
		}
		return Optional.empty();
	}

	private static String normalise(String s) {
		return NOISE.matcher(s).replaceAll("");
	}
}
