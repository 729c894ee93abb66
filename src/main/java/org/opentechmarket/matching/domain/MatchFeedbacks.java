package org.opentechmarket.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchFeedbacks extends JpaRepository<MatchFeedback, Long> {

	Optional<MatchFeedback> findBySubjectAndAchievementIdAndUserId(String subject, long achievementId, long userId);

	List<MatchFeedback> findByUserIdAndNeedIdIn(long userId, Collection<Long> needIds);

	List<MatchFeedback> findByNeedIdInAndVerdict(Collection<Long> needIds, Verdict verdict);

	long countBySubjectAndAchievementId(String subject, long achievementId);
}
