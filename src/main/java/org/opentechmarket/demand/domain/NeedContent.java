package org.opentechmarket.demand.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opentechmarket.demand.Cooperation;

/**
 * What a poster writes about a need (the same for the page form, the API and imports). Money in yuan.
 *
 * @param description the problem to solve (public)
 * @param currentState what the enterprise has and has tried (public)
 * @param targets the measurable indicators a solution must reach (public)
 */
public record NeedContent(String title, String description, String currentState, String targets, String industryCode,
		String disciplineCode, String regionCode, Set<Cooperation> cooperation, boolean budgetNegotiable, BigDecimal budgetMin,
		BigDecimal budgetMax, Integer minTrl, LocalDate deadline, String contactName, String contactPhone, String contactEmail,
		List<String> keywords) {

	public NeedContent {
		cooperation = cooperation == null ? Set.of() : Set.copyOf(cooperation);
		keywords = keywords == null ? List.of()
				: keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
		title = strip(title);
		description = strip(description);
		currentState = strip(currentState);
		targets = strip(targets);
		industryCode = strip(industryCode);
		disciplineCode = strip(disciplineCode);
		regionCode = strip(regionCode);
		contactName = strip(contactName);
		contactPhone = strip(contactPhone);
		contactEmail = strip(contactEmail);
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
