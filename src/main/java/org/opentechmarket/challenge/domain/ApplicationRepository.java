package org.opentechmarket.challenge.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<ChallengeApplication, Long> {

	List<ChallengeApplication> findByChallengeIdOrderBySubmittedAtAsc(long challengeId);

	Optional<ChallengeApplication> findByChallengeIdAndApplicantOrganisationId(long challengeId, long organisationId);

	List<ChallengeApplication> findByApplicantOrganisationIdOrderByUpdatedAtDesc(long organisationId);

	long countByChallengeIdAndStatusNot(long challengeId, ApplicationStatus status);
}
