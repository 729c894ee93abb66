package org.opentechmarket.trading.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.platform.FileStore;

/** A document of a deal: the signed contract (合同文本) or another file (annexes, acceptance records). */
@Entity
@Table(name = "deal_documents")
public class DealDocument {

	public enum Kind {
		CONTRACT, OTHER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deal_documents_seq")
	@SequenceGenerator(name = "deal_documents_seq", sequenceName = "deal_documents_seq", allocationSize = 50)
	private Long id;

	private long dealId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String fileName;
	private String storageKey;
	private String contentType;
	private long sizeBytes;
	private String sha256;
	private String uploadedBy;
	private long uploadedByOrganisationId;
	private Instant uploadedAt;

	protected DealDocument() {
	}

	DealDocument(long dealId, Kind kind, String fileName, FileStore.Stored stored, String uploadedBy,
			long uploadedByOrganisationId, Clock clock) {
		this.dealId = dealId;
		this.kind = kind;
		this.fileName = fileName;
		this.storageKey = stored.storageKey();
		this.contentType = stored.contentType();
		this.sizeBytes = stored.size();
		this.sha256 = stored.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedByOrganisationId = uploadedByOrganisationId;
		this.uploadedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getDealId() {
		return dealId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getFileName() {
		return fileName;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
