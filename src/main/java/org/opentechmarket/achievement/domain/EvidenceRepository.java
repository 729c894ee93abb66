package org.opentechmarket.achievement.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByAchievementIdOrderByUploadedAt(long achievementId);

	boolean existsByStorageKey(String storageKey);
}
