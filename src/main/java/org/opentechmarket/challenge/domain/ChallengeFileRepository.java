package org.opentechmarket.challenge.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChallengeFileRepository extends JpaRepository<ChallengeFile, Long> {

	List<ChallengeFile> findByChallengeIdAndKindOrderByIdAsc(long challengeId, ChallengeFile.Kind kind);

	List<ChallengeFile> findByApplicationIdAndKindOrderByIdAsc(long applicationId, ChallengeFile.Kind kind);

	List<ChallengeFile> findByReportIdOrderByIdAsc(long reportId);
}
