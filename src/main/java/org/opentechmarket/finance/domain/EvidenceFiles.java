package org.opentechmarket.finance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

	List<EvidenceFile> findByRecordTypeAndRecordIdOrderByUploadedAt(RecordType type, long recordId);
}
