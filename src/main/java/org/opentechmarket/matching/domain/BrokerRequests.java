package org.opentechmarket.matching.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrokerRequests extends JpaRepository<BrokerRequest, Long> {

	Optional<BrokerRequest> findFirstByNeedIdOrderByCreatedAtDescIdDesc(long needId);

	boolean existsByNeedIdAndStatus(long needId, BrokerRequest.Status status);

	List<BrokerRequest> findByStatusOrderByCreatedAtAscIdAsc(BrokerRequest.Status status);

	List<BrokerRequest> findByTakenByUserIdOrderByDecidedAtDesc(long brokerUserId);
}
