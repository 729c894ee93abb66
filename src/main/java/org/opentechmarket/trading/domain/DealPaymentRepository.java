package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DealPaymentRepository extends JpaRepository<DealPayment, Long> {

	List<DealPayment> findByDealIdOrderByRecordedAtAscIdAsc(long dealId);

	Optional<DealPayment> findByDealIdAndBankReferenceKey(long dealId, String bankReferenceKey);
}
