package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DealPaymentRepository extends JpaRepository<DealPayment, Long> {

	List<DealPayment> findByDealIdOrderByRecordedAtAscIdAsc(long dealId);

	/** The deal of a payment, without loading the payment (so it is read only after the deal's row is locked). */
	@org.springframework.data.jpa.repository.Query("select p.dealId from DealPayment p where p.id = :id")
	Optional<Long> findDealIdById(long id);

	Optional<DealPayment> findByDealIdAndBankReferenceKey(long dealId, String bankReferenceKey);
}
