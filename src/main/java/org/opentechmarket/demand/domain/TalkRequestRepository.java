package org.opentechmarket.demand.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TalkRequestRepository extends JpaRepository<TalkRequest, Long> {

	List<TalkRequest> findByNeedIdOrderByCreatedAtAsc(long needId);

	List<TalkRequest> findByNeedIdAndRequesterOrganisationId(long needId, long organisationId);

	boolean existsByNeedIdAndRequesterOrganisationIdAndStatusIn(long needId, long organisationId,
			Collection<TalkRequest.Status> statuses);

	List<TalkRequest> findByRequesterOrganisationIdOrderByCreatedAtDesc(long organisationId);
}
