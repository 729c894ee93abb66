package org.opentechmarket.achievement.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Achievements as review subjects: the holder organisation (and every completing organisation, by name) are the parties,
 * the inventors are the persons, the holder reads the results. Drafts and withdrawn registrations cannot be reviewed.
 */
@Component
class AchievementReviewSubjects implements ReviewSubjectProvider {

	private final AchievementRepository achievements;

	AchievementReviewSubjects(AchievementRepository achievements) {
		this.achievements = achievements;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.ACHIEVEMENT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewSubject> find(long id) {
		return achievements.findById(id)
			.filter(a -> a.getStatus() != AchievementStatus.DRAFT && a.getStatus() != AchievementStatus.WITHDRAWN)
			.map(AchievementReviewSubjects::subject);
	}

	static ReviewSubject subject(Achievement a) {
		Set<String> partyNames = new LinkedHashSet<>();
		partyNames.add(a.getHolderName());
		partyNames.addAll(a.getCompletingOrganisations());
		List<PersonRef> persons = a.getInventors()
			.stream()
			.map(i -> new PersonRef(i.getName(), i.getOrganisation()))
			.toList();
		return new ReviewSubject(ReviewSubjectType.ACHIEVEMENT, a.getId(), a.getTitle(), "/achievements/" + a.getId(),
				Set.of(a.getHolderOrganisationId()), partyNames, persons,
				a.getDisciplineCode() == null ? List.of() : List.of(a.getDisciplineCode()),
				a.getIndustryCode() == null ? List.of() : List.of(a.getIndustryCode()), Set.of(a.getHolderOrganisationId()));
	}
}
