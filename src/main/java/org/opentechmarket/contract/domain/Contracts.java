package org.opentechmarket.contract.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Contracts extends JpaRepository<Contract, Long> {

	List<Contract> findByRegistrantOrganisationIdOrderBySubmittedAtDesc(long organisationId);

	List<Contract> findByPointOrganisationIdAndStatusInOrderByDecisionDueAscIdAsc(long pointOrganisationId,
			Collection<ContractStatus> statuses);

	List<Contract> findByStatusInOrderByDecisionDueAscIdAsc(Collection<ContractStatus> statuses);

	List<Contract> findByStatusInAndRegisteredOnBetween(Collection<ContractStatus> statuses, LocalDate from, LocalDate to);

	boolean existsByDealReferenceAndStatusNot(String dealReference, ContractStatus status);

	boolean existsByRegistrationNumber(String registrationNumber);

	List<Contract> findByPointOrganisationIdAndStatusInAndRegisteredOnBetweenOrderByRegistrationNumber(long point,
			Collection<ContractStatus> statuses, LocalDate from, LocalDate to);

	List<Contract> findByStatusInAndRegisteredOnBetweenOrderByRegistrationNumber(Collection<ContractStatus> statuses,
			LocalDate from, LocalDate to);
}
