package org.opentechmarket.listing.tender;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.opentechmarket.listing.TenderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Tenders extends JpaRepository<Tender, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Tender t where t.id = ?1")
	Optional<Tender> findByIdForUpdate(long id);

	Page<Tender> findByStatusInOrderByCreatedAtDesc(Collection<TenderStatus> statuses, Pageable page);

	List<Tender> findByOwnerOrganisationIdOrderByCreatedAtDesc(long ownerOrganisationId);

	List<Tender> findTop200ByOrderByCreatedAtDesc();

	Optional<Tender> findByListingId(long listingId);

	long countByOwnerOrganisationIdAndTitle(long ownerOrganisationId, String title);
}
