package org.opentechmarket.trading.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.opentechmarket.trading.DepositStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DepositRepository extends JpaRepository<Deposit, Long> {

	Optional<Deposit> findBySubjectKindAndSubjectIdAndPayerOrganisationId(String kind, long subjectId, long payer);

	List<Deposit> findBySubjectKindAndSubjectIdOrderByIdAsc(String kind, long subjectId);

	List<Deposit> findByStatusInOrderByCreatedAtAscIdAsc(Collection<DepositStatus> statuses);

	List<Deposit> findByAppliedToDealIdOrderByIdAsc(long dealId);

	List<Deposit> findByPayerOrganisationIdOrderByCreatedAtDesc(long payer);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Deposit d where d.id = :id")
	Optional<Deposit> findByIdForUpdate(long id);
}
