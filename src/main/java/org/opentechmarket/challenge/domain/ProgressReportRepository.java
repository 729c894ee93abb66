package org.opentechmarket.challenge.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	List<ProgressReport> findByChallengeIdOrderBySubmittedAtAsc(long challengeId);

	List<ProgressReport> findByApplicationIdOrderBySubmittedAtAsc(long applicationId);
}
