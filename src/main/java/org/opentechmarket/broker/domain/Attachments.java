package org.opentechmarket.broker.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.broker.AttachmentSubject;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Attachments extends JpaRepository<Attachment, Long> {

	List<Attachment> findBySubjectTypeAndSubjectIdAndStatus(AttachmentSubject type, long subjectId, Attachment.Status status);

	List<Attachment> findByBrokerUserIdOrderByRequestedAtDesc(long brokerUserId);

	List<Attachment> findByHolderOrganisationIdOrderByRequestedAtDesc(long organisationId);

	Optional<Attachment> findFirstByBrokerUserIdAndSubjectTypeAndSubjectIdAndStatusIn(long brokerUserId,
			AttachmentSubject type, long subjectId, Collection<Attachment.Status> statuses);

	/** Subjects of this type that have any live (pending or accepted) attachment, among these ids. */
	@Query("select distinct a.subjectId from Attachment a where a.subjectType = :type and a.subjectId in :ids "
			+ "and a.status in ('PENDING', 'ACCEPTED')")
	List<Long> attachedAmong(AttachmentSubject type, Collection<Long> ids);
}
