package org.opentechmarket.finance.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A document (contract, pledge registration, policy, payment voucher …) attached to a loan, policy or investment. */
@Entity
@Table(name = "finance_evidence")
public class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_evidence_seq")
	@SequenceGenerator(name = "finance_evidence_seq", sequenceName = "finance_evidence_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private RecordType recordType;
	private long recordId;
	@Embedded
	private StoredFile file;
	private String uploadedBy;
	private Instant uploadedAt;

	protected EvidenceFile() {
	}

	public EvidenceFile(RecordType recordType, long recordId, StoredFile file, String uploadedBy, Clock clock) {
		this.recordType = recordType;
		this.recordId = recordId;
		this.file = file;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public RecordType getRecordType() {
		return recordType;
	}

	public long getRecordId() {
		return recordId;
	}

	public StoredFile getFile() {
		return file;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
