package org.opentechmarket.demand.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.demand.NeedStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NeedRepository extends JpaRepository<Need, Long> {

	List<Need> findByOwnerOrganisationIdOrderByUpdatedAtDesc(long organisationId);

	List<Need> findByPostedByOrderByUpdatedAtDesc(String username);

	List<Need> findByStatusOrderBySubmittedAtAsc(NeedStatus status);

	Optional<Need> findByExternalId(String externalId);

	List<Need> findByExternalIdIn(Collection<String> externalIds);

	@Query("select n.id from Need n where n.status in :statuses and n.deadline < :today")
	List<Long> findDue(Collection<NeedStatus> statuses, LocalDate today);

	List<Need> findByStatusInOrderByIdAsc(Collection<NeedStatus> statuses);

	List<Need> findAllByOrderByIdAsc();

	List<Need> findByIdInOrderByIdAsc(Collection<Long> ids);

	List<Need> findByStatusInAndIdGreaterThanOrderByIdAsc(Collection<NeedStatus> statuses, long afterId,
			org.springframework.data.domain.Limit limit);

	long countByOwnerOrganisationIdAndTitle(long organisationId, String title);
}
