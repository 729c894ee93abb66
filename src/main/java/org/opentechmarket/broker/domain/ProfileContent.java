package org.opentechmarket.broker.domain;

import java.util.Set;

/** What a broker says about themselves: the editable part of the profile, validated by {@link BrokerService}. */
public record ProfileContent(BrokerGrade grade, String certificateNumber, String bio, Set<String> disciplines,
		Set<String> industries, Set<String> regions, Set<String> languages) {

	public ProfileContent {
		certificateNumber = blankToNull(certificateNumber);
		bio = blankToNull(bio);
		disciplines = disciplines == null ? Set.of() : Set.copyOf(disciplines);
		industries = industries == null ? Set.of() : Set.copyOf(industries);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
		languages = languages == null ? Set.of()
				: Set.copyOf(languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
