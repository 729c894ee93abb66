package org.opentechmarket.demand.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedAttachmentRepository extends JpaRepository<NeedAttachment, Long> {

	List<NeedAttachment> findByNeedIdOrderByIdAsc(long needId);
}
