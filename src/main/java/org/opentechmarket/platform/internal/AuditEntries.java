package org.opentechmarket.platform.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, String subjectId, Pageable page);
}
