package org.opentechmarket.evaluation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the recusal rules know of an expert: name, current organisation, employment history and declared conflicts. Pure data,
 * built from the profile and the user account.
 */
public record ExpertFacts(long userId, String name, Long organisationId, String organisationName, List<Job> employment,
		List<Conflict> conflicts) {

	public ExpertFacts {
		employment = List.copyOf(employment);
		conflicts = List.copyOf(conflicts);
	}

	/** A past (or parallel) employer, by registered id or by name; {@code to} null = still there. */
	public record Job(Long organisationId, String organisationName, LocalDate from, LocalDate to) {
	}

	/** A declared conflict with an organisation (id or name) or a person (name, optionally with organisation name). */
	public record Conflict(Long organisationId, String organisationName, String personName, String reason) {

		public boolean isPerson() {
			return personName != null && !personName.isBlank();
		}
	}
}
