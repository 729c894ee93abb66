package org.opentechmarket.achievement.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByAchievementIdOrderByFiledAt(long achievementId);

	boolean existsByAchievementIdAndStatus(long achievementId, Objection.Status status);

	List<Objection> findByStatusOrderByFiledAt(Objection.Status status);
}
