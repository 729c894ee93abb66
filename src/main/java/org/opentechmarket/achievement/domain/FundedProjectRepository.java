package org.opentechmarket.achievement.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FundedProjectRepository extends JpaRepository<FundedProject, Long> {

	Optional<FundedProject> findByProjectNumber(String projectNumber);

	List<FundedProject> findAllByOrderByAcceptanceDateDesc();

	List<FundedProject> findByHolderOrganisationIdOrderByAcceptanceDateDesc(long holderOrganisationId);
}
