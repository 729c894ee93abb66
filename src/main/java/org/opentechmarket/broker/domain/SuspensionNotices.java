package org.opentechmarket.broker.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SuspensionNotices extends JpaRepository<SuspensionNotice, Long> {

	Optional<SuspensionNotice> findByBrokerUserIdAndYear(long brokerUserId, int year);

	List<SuspensionNotice> findByBrokerUserIdOrderByIssuedAtDesc(long brokerUserId);

	List<SuspensionNotice> findByStatusInOrderByIssuedAtAsc(Collection<SuspensionNotice.Status> statuses);

	@Query("select n.id from SuspensionNotice n where n.status = 'ISSUED' and n.appealDeadline <= :now")
	List<Long> lapsedIds(Instant now);

	@Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from SuspensionNotice n where n.id = :id")
	Optional<SuspensionNotice> findByIdForUpdate(long id);
}
