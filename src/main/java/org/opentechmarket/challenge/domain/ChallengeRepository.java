package org.opentechmarket.challenge.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.opentechmarket.challenge.ChallengeStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Challenge c where c.id = ?1")
	Optional<Challenge> findByIdForUpdate(long id);

	/**
	 * Challenges whose window must open or close today, locked for this transaction; rows another instance is moving right now
	 * are skipped (it moves them), so two instances never move the same challenge twice.
	 */
	@Query(value = """
			select id from challenges
			 where (status = 'POSTED' and opens_on <= :today) or (status = 'APPLYING' and closes_on < :today)
			 order by id limit :limit
			   for update skip locked""", nativeQuery = true)
	List<Long> lockDue(LocalDate today, int limit);

	/** The same for one challenge: its id when it is due and not being moved by another transaction. */
	@Query(value = """
			select id from challenges
			 where id = :id and ((status = 'POSTED' and opens_on <= :today) or (status = 'APPLYING' and closes_on < :today))
			   for update skip locked""", nativeQuery = true)
	List<Long> lockIfDue(long id, LocalDate today);

	List<Challenge> findByPosterOrganisationIdOrderByUpdatedAtDesc(long organisationId);

	List<Challenge> findByPostedByOrderByUpdatedAtDesc(String username);

	List<Challenge> findByStatusOrderBySubmittedAtAsc(ChallengeStatus status);

	List<Challenge> findByStatusInOrderByUpdatedAtDesc(Collection<ChallengeStatus> statuses);

	List<Challenge> findByNeedIdOrderByCreatedAtDesc(long needId);

	long countByPosterOrganisationIdAndTitle(long organisationId, String title);

	/** The public list: the given statuses, optionally one industry section and words in the title, problem or targets. */
	@Query("""
			select c from Challenge c
			 where c.status in :statuses
			   and (:section is null or c.industrySection = :section)
			   and (:q is null or lower(c.title) like :q or lower(c.problem) like :q or lower(c.targets) like :q
			        or lower(c.posterName) like :q)
			 order by coalesce(c.postedAt, c.createdAt) desc, c.id desc""")
	Page<Challenge> search(Collection<ChallengeStatus> statuses, String section, String q, Pageable page);
}
