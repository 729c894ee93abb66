package org.opentechmarket.broker.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfflineDeals extends JpaRepository<OfflineDeal, Long> {

	List<OfflineDeal> findByBrokerUserIdOrderBySignedOnDescIdDesc(long brokerUserId);

	List<OfflineDeal> findByStatusOrderByRecordedAtAsc(Verification status);

	List<OfflineDeal> findByStatusAndSeller(Verification status, String seller);

	@Query("select count(d), coalesce(sum(d.contractAmount), 0) from OfflineDeal d where d.brokerUserId = :broker "
			+ "and d.status = 'VERIFIED' and d.signedOn >= :from and d.signedOn <= :to")
	List<Object[]> verifiedBetween(long broker, LocalDate from, LocalDate to);
}
