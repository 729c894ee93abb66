package org.opentechmarket.trading.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Agreement a where a.id = :id")
	Optional<Agreement> findByIdForUpdate(long id);

	Optional<Agreement> findByOfferId(long offerId);

	List<Agreement> findByInquiryIdOrderByAgreedAtAsc(long inquiryId);

	List<Agreement> findByStatusAndNoticeStartsAtIsNotNullOrderByNoticeEndsAtAscIdAsc(AgreementStatus status);

	@Query("select a from Agreement a where a.noticeStartsAt is not null and a.status in :statuses "
			+ "order by a.closedAt desc, a.id desc")
	List<Agreement> findPastNotices(Collection<AgreementStatus> statuses, Pageable page);

	/**
	 * The id of one notice that is over and holds no open objection, locked for this transaction; rows another instance is
	 * working on are skipped, so two instances never end the same notice.
	 */
	@Query(value = """
			select a.id from agreements a
			 where a.status = 'IN_NOTICE' and a.notice_ends_at <= :now
			   and not exists (select 1 from agreement_objections o where o.agreement_id = a.id and o.status = 'OPEN')
			   and a.id not in (:skip)
			 order by a.notice_ends_at, a.id
			 limit 1
			 for update of a skip locked
			""", nativeQuery = true)
	Optional<Long> lockNextDue(Instant now, Collection<Long> skip);
}
