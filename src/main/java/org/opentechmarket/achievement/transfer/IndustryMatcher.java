package org.opentechmarket.achievement.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.opentechmarket.platform.CodeTables;

/**
 * Finds the GB/T 4754 code of an industry given by name, as listings write it: {@code 制造业——计算机、通信和其他电子设备制造}
 * (section name, a dash, division name). Names are compared after dropping punctuation, spaces and the conjunctions
 * 和/及/与, because listings write them loosely ({@code 电力、热力、燃气、及水生产和供应业}); a division may be a prefix of the
 * table's name or contained in it ({@code 仓储业} → 装卸搬运和仓储业), and one wrong character is forgiven
 * ({@code 煤炭开发和洗选业}). When the division is not found among the section's divisions, the section's letter is the
 * answer.
 */
final class IndustryMatcher {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:—+|－+|--+|->|>|/)\\s*");
	private static final Pattern NOISE = Pattern.compile("[\\s、，,;；:：·.。()（）\"“”'‘’和及与]");

	private record Entry(String code, String name) {
	}

	private final List<Entry> sections = new ArrayList<>();
	private final Map<String, List<Entry>> divisions = new ConcurrentHashMap<>();
	private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

	IndustryMatcher(CodeTables.CodeTable industries) {
		for (CodeTables.Code section : industries.topLevel()) {
			sections.add(new Entry(section.code(), normalise(section.nameZh())));
			List<Entry> children = new ArrayList<>();
			for (CodeTables.Code division : industries.children(section.code())) {
				children.add(new Entry(division.code(), normalise(division.nameZh())));
			}
			divisions.put(section.code(), children);
		}
	}

	/** The most specific code found: a division, else the section; empty when not even the section is known. */
	Optional<String> match(String classification) {
		if (classification == null || classification.isBlank()) {
			return Optional.empty();
		}
		return cache.computeIfAbsent(classification.strip(), this::find);
	}

	private Optional<String> find(String classification) {
		String[] parts = SEPARATOR.split(classification, 2);
		String sectionName = normalise(parts[0]);
		String divisionName = parts.length > 1 ? normalise(parts[1]) : "";
		Optional<Entry> section = best(sections, sectionName);
		if (section.isEmpty()) {
			// no recognisable section: the division alone, among all divisions
			List<Entry> all = new ArrayList<>();
			divisions.values().forEach(all::addAll);
			return best(all, divisionName.isEmpty() ? sectionName : divisionName).map(Entry::code);
		}
		if (divisionName.isEmpty()) {
			return Optional.of(section.get().code());
		}
		return Optional.of(best(divisions.get(section.get().code()), divisionName).map(Entry::code)
			.orElse(section.get().code()));
	}

	/** Exact, then prefix, then containment (either way), then one edit apart; ties go to the table's order. */
	private static Optional<Entry> best(List<Entry> entries, String name) {
		if (name.isEmpty()) {
			return Optional.empty();
		}
		for (Entry e : entries) {
			if (e.name().equals(name)) {
				return Optional.of(e);
			}
		}
		for (Entry e : entries) {
			if (e.name().startsWith(name) || name.startsWith(e.name())) {
				return Optional.of(e);
			}
		}
		for (Entry e : entries) {
			if (name.length() >= 2 && e.name().length() >= 2 && (e.name().contains(name) || name.contains(e.name()))) {
				return Optional.of(e);
			}
		}
		if (name.length() >= 4) {
			for (Entry e : entries) {
				if (withinOneEdit(e.name(), name)) {
					return Optional.of(e);
				}
			}
		}
		return Optional.empty();
	}

	static String normalise(String name) {
		return name == null ? "" : NOISE.matcher(name).replaceAll("");
	}

	/** Levenshtein distance ≤ 1. */
	static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}
}
