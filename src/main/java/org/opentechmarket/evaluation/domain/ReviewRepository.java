package org.opentechmarket.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<Review, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = ?1")
	Optional<Review> findByIdForUpdate(long id);

	List<Review> findBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(ReviewSubjectType type, long subjectId);

	List<Review> findTop200ByOrderByCreatedAtDesc();

	List<Review> findByStatusAndVisibilityOrderByPublishedAtDesc(ReviewStatus status, ReviewVisibility visibility);

	List<Review> findByIdIn(Collection<Long> ids);
}
