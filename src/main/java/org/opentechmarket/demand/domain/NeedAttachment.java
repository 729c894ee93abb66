package org.opentechmarket.demand.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.platform.FileStore;

/** A file attached to a need (drawings, specifications), kept by the platform's file store. */
@Entity
@Table(name = "need_attachments")
public class NeedAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_attachments_seq")
	@SequenceGenerator(name = "need_attachments_seq", sequenceName = "need_attachments_seq", allocationSize = 50)
	private Long id;

	private long needId;
	private String fileName;
	private String storageKey;
	private String contentType;
	@Column(name = "size_bytes")
	private long size;
	private String sha256;
	private String uploadedBy;
	private Instant uploadedAt;

	protected NeedAttachment() {
	}

	NeedAttachment(long needId, String fileName, FileStore.Stored stored, String uploadedBy, Clock clock) {
		this.needId = needId;
		this.fileName = fileName;
		this.storageKey = stored.storageKey();
		this.contentType = stored.contentType();
		this.size = stored.size();
		this.sha256 = stored.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getNeedId() {
		return needId;
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

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
