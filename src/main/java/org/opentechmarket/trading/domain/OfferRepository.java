package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

	List<Offer> findByInquiryIdOrderByMadeAtAscIdAsc(long inquiryId);

	/** The inquiry of an offer, without loading the offer (so it is read only after the thread's row is locked). */
	@org.springframework.data.jpa.repository.Query("select o.inquiryId from Offer o where o.id = :id")
	Optional<Long> findInquiryIdById(long id);

	Optional<Offer> findFirstByInquiryIdAndStatus(long inquiryId, OfferStatus status);
}
