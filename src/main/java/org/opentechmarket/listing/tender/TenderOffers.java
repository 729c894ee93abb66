package org.opentechmarket.listing.tender;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenderOffers extends JpaRepository<TenderOffer, Long> {

	List<TenderOffer> findByTenderIdOrderByIdAsc(long tenderId);

	Optional<TenderOffer> findByTenderIdAndBidderOrganisationId(long tenderId, long bidderOrganisationId);

	List<TenderOffer> findByBidderOrganisationIdOrderByIdDesc(long bidderOrganisationId);
}
