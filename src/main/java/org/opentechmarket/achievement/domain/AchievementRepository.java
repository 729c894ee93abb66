package org.opentechmarket.achievement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AchievementRepository extends JpaRepository<Achievement, Long> {

	Page<Achievement> findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(long holderOrganisationId,
			AchievementStatus excluded, Pageable page);

	List<Achievement> findByStatusInOrderBySubmittedAtAsc(Collection<AchievementStatus> statuses);

	List<Achievement> findByStatusAndNoticeEndsAtLessThanEqual(AchievementStatus status, Instant now);

	List<Achievement> findByLineageOrderByVersionNumberDesc(String lineage);

	Optional<Achievement> findByExternalId(String externalId);

	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Achievement a where a.id = :id")
	Optional<Achievement> findByIdForUpdate(long id);

	List<Achievement> findByExternalIdIn(Collection<String> externalIds);

	@Query("select count(a) > 0 from Achievement a where a.lineage <> :lineage and a.holderOrganisationId = :holder "
			+ "and lower(a.title) = lower(:title) and a.status not in ('WITHDRAWN', 'REJECTED', 'SUPERSEDED', 'DRAFT')")
	boolean existsDuplicateTitle(String lineage, long holder, String title);

	@Query("select count(a) > 0 from Achievement a join a.ipRights ip where a.lineage <> :lineage and ip.number = :number "
			+ "and a.status not in ('WITHDRAWN', 'REJECTED', 'SUPERSEDED', 'DRAFT')")
	boolean existsWithIpNumber(String lineage, String number);

	@Query("select a.projectNumber, a.holderOrganisationId, min(a.firstSubmittedAt) from Achievement a "
			+ "where a.projectNumber in :numbers and a.firstSubmittedAt is not null "
			+ "and a.status not in ('REJECTED', 'WITHDRAWN') group by a.projectNumber, a.holderOrganisationId")
	List<Object[]> firstRegistrationByProject(Collection<String> numbers);

	long countByStatusIn(Collection<AchievementStatus> statuses);

	@Query("select a from Achievement a where a.lineage = :lineage and a.revisionOf is not null "
			+ "and a.status in ('DRAFT', 'SUBMITTED', 'RETURNED')")
	Optional<Achievement> findOpenRevision(String lineage);

	// ------------------------------------------------------------------ import and export (achievement.transfer)

	/** id, externalId, registrationNumber, status and lineage of the versions carrying these external ids. */
	@Query("select a.id, a.externalId, a.registrationNumber, a.status, a.lineage from Achievement a "
			+ "where a.externalId in :externalIds")
	List<Object[]> findIdentitiesByExternalIds(Collection<String> externalIds);

	/** The same, for the live (not superseded) holders of these registration numbers. */
	@Query("select a.id, a.externalId, a.registrationNumber, a.status, a.lineage from Achievement a "
			+ "where a.registrationNumber in :numbers and a.status <> 'SUPERSEDED'")
	List<Object[]> findIdentitiesByRegistrationNumbers(Collection<String> numbers);

	/** id, holder and title of the drafts (not revisions) of these holders. */
	@Query("select a.id, a.holderOrganisationId, a.title from Achievement a where a.status = 'DRAFT' "
			+ "and a.revisionOf is null and a.holderOrganisationId in :holders")
	List<Object[]> findDraftTitles(Collection<Long> holders);

	/** A page of a keyset walk in id order, e.g. over the public catalogue for an export. */
	List<Achievement> findTop500ByStatusInAndIdGreaterThanOrderByIdAsc(Collection<AchievementStatus> statuses, long afterId);
}
