package org.opentechmarket.challenge.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByChallengeIdOrderByDueOnAscIdAsc(long challengeId);

	List<Milestone> findByApplicationIdOrderByDueOnAscIdAsc(long applicationId);
}
