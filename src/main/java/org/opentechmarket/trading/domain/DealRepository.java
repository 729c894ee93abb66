package org.opentechmarket.trading.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DealRepository extends JpaRepository<Deal, Long> {

	Optional<Deal> findByOriginAndOriginId(DealOrigin origin, long originId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Deal d where d.id = :id")
	Optional<Deal> findByIdForUpdate(long id);

	@Query("select d from Deal d where d.sellerOrganisationId = :organisation or d.buyerOrganisationId = :organisation "
			+ "order by d.updatedAt desc, d.id desc")
	List<Deal> findOfOrganisation(long organisation);

	List<Deal> findAllByOrderByUpdatedAtDescIdDesc();

	List<Deal> findBySellerOrganisationIdAndStatusInOrderBySignedOnDescIdDesc(long seller, Collection<DealStatus> statuses);

	List<Deal> findByStatusAndCompletedAtGreaterThanEqualAndCompletedAtLessThan(DealStatus status, Instant from,
			Instant to);
}
