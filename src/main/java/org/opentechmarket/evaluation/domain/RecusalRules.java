package org.opentechmarket.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;

/**
 * The recusal rules (回避, domain/people.md §Expert pool), one at a time, each with its code. Pure: no clock, no database; the
 * caller passes today and the collaboration records. Every rule that applies is reported, so administrators see all reasons.
 */
public final class RecusalRules {

	private final int formerEmployerYears;
	private final int coInventorYears;

	public RecusalRules(int formerEmployerYears, int coInventorYears) {
		this.formerEmployerYears = formerEmployerYears;
		this.coInventorYears = coInventorYears;
	}

	public List<Exclusion> check(ExpertFacts expert, ReviewSubject subject, CollaborationRecords collaborations,
			LocalDate today) {
		List<Exclusion> out = new ArrayList<>();
		sameOrganisation(expert, subject, out);
		inventorOrApplicant(expert, subject, out);
		formerEmployer(expert, subject, today, out);
		declaredConflict(expert, subject, out);
		coInventor(expert, subject, collaborations, today, out);
		return out;
	}

	public boolean conflicted(ExpertFacts expert, ReviewSubject subject, CollaborationRecords collaborations, LocalDate today) {
		return !check(expert, subject, collaborations, today).isEmpty();
	}

	/** SAME_ORGANISATION: the expert's current organisation is a party (by id or by name). */
	void sameOrganisation(ExpertFacts e, ReviewSubject s, List<Exclusion> out) {
		if (isParty(e.organisationId(), e.organisationName(), s)) {
			out.add(new Exclusion(e.userId(), RecusalRule.SAME_ORGANISATION, e.organisationName()));
		}
	}

	/** INVENTOR_OR_APPLICANT: a subject person has the expert's name and the expert's current or a past employer's name. */
	void inventorOrApplicant(ExpertFacts e, ReviewSubject s, List<Exclusion> out) {
		Set<String> employers = employerNames(e);
		for (PersonRef p : s.persons()) {
			if (PersonRef.same(p.name(), e.name()) && employers.stream().anyMatch(o -> PersonRef.same(o, p.organisationName()))) {
				out.add(new Exclusion(e.userId(), RecusalRule.INVENTOR_OR_APPLICANT, label(p)));
				return;
			}
		}
	}

	/** FORMER_EMPLOYER: employed by a party organisation at any time within the last N years (or still employed there). */
	void formerEmployer(ExpertFacts e, ReviewSubject s, LocalDate today, List<Exclusion> out) {
		LocalDate since = today.minusYears(formerEmployerYears);
		for (ExpertFacts.Job job : e.employment()) {
			boolean recent = job.to() == null || !job.to().isBefore(since);
			if (recent && isParty(job.organisationId(), job.organisationName(), s)) {
				out.add(new Exclusion(e.userId(), RecusalRule.FORMER_EMPLOYER,
						job.organisationName() + " (" + job.from() + " – " + (job.to() == null ? "" : job.to()) + ")"));
				return;
			}
		}
	}

	/** DECLARED_CONFLICT: the expert declared a conflict with a party organisation or with a subject person. */
	void declaredConflict(ExpertFacts e, ReviewSubject s, List<Exclusion> out) {
		for (ExpertFacts.Conflict c : e.conflicts()) {
			boolean hit;
			String what;
			if (c.isPerson()) {
				hit = s.persons().stream().anyMatch(p -> PersonRef.same(p.name(), c.personName())
						&& (c.organisationName() == null || c.organisationName().isBlank()
								|| PersonRef.same(p.organisationName(), c.organisationName())));
				what = c.personName();
			}
			else {
				hit = isParty(c.organisationId(), c.organisationName(), s);
				what = c.organisationName();
			}
			if (hit) {
				out.add(new Exclusion(e.userId(), RecusalRule.DECLARED_CONFLICT,
						what + (c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason())));
				return;
			}
		}
	}

	/** CO_INVENTOR: a subject person was a co-inventor of the expert (under any of their employers) within N years. */
	void coInventor(ExpertFacts e, ReviewSubject s, CollaborationRecords collaborations, LocalDate today,
			List<Exclusion> out) {
		if (s.persons().isEmpty() || e.name() == null || e.name().isBlank()) {
			return;
		}
		LocalDate since = today.minusYears(coInventorYears);
		for (String employer : employerNames(e)) {
			Set<PersonRef> coInventors = collaborations.coInventorsOf(new PersonRef(e.name(), employer), since);
			for (PersonRef p : s.persons()) {
				if (coInventors.stream().anyMatch(p::sameAs)) {
					out.add(new Exclusion(e.userId(), RecusalRule.CO_INVENTOR, label(p)));
					return;
				}
			}
		}
	}

	private static Set<String> employerNames(ExpertFacts e) {
		Set<String> names = new LinkedHashSet<>();
		if (e.organisationName() != null) {
			names.add(e.organisationName());
		}
		for (ExpertFacts.Job job : e.employment()) {
			if (job.organisationName() != null && !job.organisationName().isBlank()) {
				names.add(job.organisationName());
			}
		}
		return names;
	}

	private static boolean isParty(Long organisationId, String organisationName, ReviewSubject s) {
		if (organisationId != null && s.partyOrganisationIds().contains(organisationId)) {
			return true;
		}
		return organisationName != null && s.partyOrganisationNames().stream().anyMatch(n -> PersonRef.same(n, organisationName));
	}

	private static String label(PersonRef p) {
		return p.name() + " (" + p.organisationName() + ")";
	}
}
