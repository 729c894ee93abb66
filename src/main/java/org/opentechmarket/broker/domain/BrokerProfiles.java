package org.opentechmarket.broker.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BrokerProfiles extends JpaRepository<BrokerProfile, Long> {

	List<BrokerProfile> findByStatusInOrderByUserIdAsc(Collection<BrokerStatus> statuses);

	List<BrokerProfile> findAllByOrderByUserIdAsc();

	@Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from BrokerProfile p where p.userId = :userId")
	Optional<BrokerProfile> findByIdForUpdate(long userId);
}
