package org.opentechmarket.evaluation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrawRepository extends JpaRepository<ReviewDraw, Long> {

	List<ReviewDraw> findByReviewIdOrderByRound(long reviewId);

	Optional<ReviewDraw> findByReviewIdAndRound(long reviewId, int round);
}
