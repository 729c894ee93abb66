package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inquiry i where i.id = :id")
	Optional<Inquiry> findByIdForUpdate(long id);

	Optional<Inquiry> findFirstByAchievementIdAndBuyerOrganisationIdAndStatus(long achievementId, long buyer,
			InquiryStatus status);

	@Query("select i from Inquiry i where i.buyerOrganisationId = :organisation or i.sellerOrganisationId = :organisation "
			+ "order by i.updatedAt desc, i.id desc")
	List<Inquiry> findOfOrganisation(long organisation);
}
