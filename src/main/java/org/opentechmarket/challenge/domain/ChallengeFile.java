package org.opentechmarket.challenge.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.platform.FileStore;

/**
 * A file kept by the platform's file store (type decided from its content, size checked), attached to a challenge (the
 * call's specifications), an application (the proposal's documents), a progress report, or the acceptance. Who may download
 * it depends on the kind: {@link ChallengeAccess#mayDownload}.
 */
@Entity
@Table(name = "challenge_files")
public class ChallengeFile {

	public enum Kind {
		CHALLENGE, APPLICATION, REPORT, ACCEPTANCE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_files_seq")
	@SequenceGenerator(name = "challenge_files_seq", sequenceName = "challenge_files_seq", allocationSize = 50)
	private Long id;

	private long challengeId;
	private Long applicationId;
	private Long reportId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String fileName;
	private String storageKey;
	private String contentType;
	@Column(name = "size_bytes")
	private long size;
	private String sha256;
	private String uploadedBy;
	private Instant uploadedAt;

	protected ChallengeFile() {
	}

	ChallengeFile(long challengeId, Long applicationId, Long reportId, Kind kind, String fileName, FileStore.Stored stored,
			String uploadedBy, Clock clock) {
		this.challengeId = challengeId;
		this.applicationId = applicationId;
		this.reportId = reportId;
		this.kind = kind;
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

	public long getChallengeId() {
		return challengeId;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public Long getReportId() {
		return reportId;
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

	public long getSize() {
		return size;
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
