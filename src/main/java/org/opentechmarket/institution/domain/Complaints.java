package org.opentechmarket.institution.domain;

import java.util.Collection;
import java.util.List;

import org.opentechmarket.institution.SubjectKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Complaints extends JpaRepository<Complaint, Long> {

	long countBySubjectKindAndSubjectIdAndComplaintYearAndStatus(SubjectKind kind, long subjectId, int year,
			ComplaintStatus status);

	long countBySubjectKindAndSubjectIdAndStatus(SubjectKind kind, long subjectId, ComplaintStatus status);

	List<Complaint> findByStatusInOrderByCreatedAtAsc(Collection<ComplaintStatus> statuses);

	List<Complaint> findByComplainantUserIdOrderByCreatedAtDesc(long userId);

	List<Complaint> findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(SubjectKind kind, long subjectId);
}
