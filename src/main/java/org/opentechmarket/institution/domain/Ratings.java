package org.opentechmarket.institution.domain;

import java.util.List;

import org.opentechmarket.institution.SubjectKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Ratings extends JpaRepository<Rating, Long> {

	List<Rating> findBySubjectKindAndSubjectIdAndRatingYearAndStatus(SubjectKind kind, long subjectId, int year,
			RatingStatus status);

	List<Rating> findBySubjectKindAndSubjectIdAndStatusOrderByCreatedAtDesc(SubjectKind kind, long subjectId,
			RatingStatus status);

	boolean existsBySubjectKindAndSubjectIdAndRaterUserIdAndRatingYearAndStatusNot(SubjectKind kind, long subjectId,
			long raterUserId, int year, RatingStatus status);

	List<Rating> findBySubjectKindAndRatingYearAndStatus(SubjectKind kind, int year, RatingStatus status);

	List<Rating> findByStatusOrderByCreatedAtAsc(RatingStatus status);
}
