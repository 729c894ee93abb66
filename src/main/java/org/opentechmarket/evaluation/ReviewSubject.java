package org.opentechmarket.evaluation;

import java.util.List;
import java.util.Set;

/**
 * The thing under review as the evaluation module needs it: who the parties are (for recusal), what it is about (for drawing
 * matching experts) and who may read the results.
 *
 * @param link platform path of the subject's page
 * @param partyOrganisationIds registered organisations that are parties (holder, applicant)
 * @param partyOrganisationNames names of every party organisation, also those known only by name (completing organisations)
 * @param persons inventors, applicants, team members
 * @param disciplineCodes GB/T 13745 codes
 * @param industryCodes GB/T 4754 codes
 * @param readerOrganisationIds organisations whose members may read the results
 */
public record ReviewSubject(ReviewSubjectType type, long id, String title, String link, Set<Long> partyOrganisationIds,
		Set<String> partyOrganisationNames, List<PersonRef> persons, List<String> disciplineCodes, List<String> industryCodes,
		Set<Long> readerOrganisationIds) {

	public ReviewSubject {
		partyOrganisationIds = Set.copyOf(partyOrganisationIds);
		partyOrganisationNames = Set.copyOf(partyOrganisationNames);
		persons = List.copyOf(persons);
		disciplineCodes = List.copyOf(disciplineCodes);
		industryCodes = List.copyOf(industryCodes);
		readerOrganisationIds = Set.copyOf(readerOrganisationIds);
	}
}
