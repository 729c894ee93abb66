package org.opentechmarket.listing.domain;

import java.util.Collection;
import java.util.List;

import org.opentechmarket.listing.ListingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Listings extends JpaRepository<Listing, Long> {

	Page<Listing> findByStatusInOrderByPublishedAtDesc(Collection<ListingStatus> statuses, Pageable page);

	List<Listing> findBySellerOrganisationIdOrderByPublishedAtDesc(long sellerOrganisationId);

	boolean existsByAchievementIdAndStatus(long achievementId, ListingStatus status);

	long countByAchievementTitleAndSellerOrganisationIdAndStatus(String title, long seller, ListingStatus status);

	List<Listing> findTop200ByOrderByPublishedAtDesc();
}
