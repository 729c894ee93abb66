package org.opentechmarket.listing.tender;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferFiles extends JpaRepository<OfferFile, Long> {

	List<OfferFile> findByOfferIdOrderByIdAsc(long offerId);

	long countByOfferId(long offerId);
}
