package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

	List<Offer> findByInquiryIdOrderByMadeAtAscIdAsc(long inquiryId);

	Optional<Offer> findFirstByInquiryIdAndStatus(long inquiryId, OfferStatus status);
}
