package org.opentechmarket.challenge.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenge applications as review subjects. Parties: the applicant, every organisation of its team (registered ones by id,
 * all by name: the enterprise engineers of a 混编 team included) and the poster, so recusal excludes experts of any of them;
 * persons: the team members; codes: the call's; readers of the results: the applicant and the poster — never another
 * applicant. Withdrawn applications cannot be reviewed.
 */
@Component
class ChallengeReviewSubjects implements ReviewSubjectProvider {

	private final ChallengeRepository challenges;
	private final ApplicationRepository applications;

	ChallengeReviewSubjects(ChallengeRepository challenges, ApplicationRepository applications) {
		this.challenges = challenges;
		this.applications = applications;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.CHALLENGE_APPLICATION;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewSubject> find(long id) {
		return applications.findById(id)
			.filter(a -> a.getStatus().isActive())
			.flatMap(a -> challenges.findById(a.getChallengeId()).map(c -> subject(c, a)));
	}

	static ReviewSubject subject(Challenge c, ChallengeApplication a) {
		Set<Long> partyIds = new LinkedHashSet<>();
		partyIds.add(a.getApplicantOrganisationId());
		partyIds.add(c.getPosterOrganisationId());
		Set<String> partyNames = new LinkedHashSet<>();
		partyNames.add(a.getApplicantName());
		partyNames.add(c.getPosterName());
		List<PersonRef> persons = new ArrayList<>();
		for (TeamMember m : a.getTeam()) {
			if (m.getOrganisationId() != null) {
				partyIds.add(m.getOrganisationId());
			}
			partyNames.add(m.getOrganisationName());
			persons.add(new PersonRef(m.getName(), m.getOrganisationName()));
		}
		return new ReviewSubject(ReviewSubjectType.CHALLENGE_APPLICATION, a.getId(),
				c.getTitle() + " — " + a.getApplicantName(), ChallengeNotices.application(a), partyIds, partyNames, persons,
				c.getDisciplineCode() == null ? List.of() : List.of(c.getDisciplineCode()),
				c.getIndustryCode() == null ? List.of() : List.of(c.getIndustryCode()),
				new LinkedHashSet<>(List.of(a.getApplicantOrganisationId(), c.getPosterOrganisationId())));
	}
}
