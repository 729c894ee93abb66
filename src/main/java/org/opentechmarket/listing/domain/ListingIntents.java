package org.opentechmarket.listing.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingIntents extends JpaRepository<ListingIntent, Long> {

	List<ListingIntent> findByListingIdOrderByCreatedAtAsc(long listingId);

	Optional<ListingIntent> findByListingIdAndBuyerOrganisationId(long listingId, long buyerOrganisationId);

	List<ListingIntent> findByBuyerOrganisationIdOrderByCreatedAtDesc(long buyerOrganisationId);

	Optional<ListingIntent> findByDepositId(long depositId);

	long countByListingId(long listingId);
}
