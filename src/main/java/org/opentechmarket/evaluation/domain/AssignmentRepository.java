package org.opentechmarket.evaluation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

	List<ReviewAssignment> findByReviewIdOrderById(long reviewId);

	List<ReviewAssignment> findByExpertUserIdOrderByIdDesc(long expertUserId);

	List<ReviewAssignment> findByStatusAndResponseDueLessThanEqual(AssignmentStatus status, Instant due);

	List<ReviewAssignment> findByStatusIn(Collection<AssignmentStatus> statuses);

	@Query("select a.expertUserId, count(a) from ReviewAssignment a where a.invitedAt >= ?1 group by a.expertUserId")
	List<Object[]> invitationsSince(Instant since);
}
