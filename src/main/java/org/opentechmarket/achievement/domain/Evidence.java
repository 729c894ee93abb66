package org.opentechmarket.achievement.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.achievement.domain.Codes.EvidenceType;

/** An evidence file (证明材料) attached to an achievement version; the bytes live under the data directory. */
@Entity
@Table(name = "achievement_evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
	@SequenceGenerator(name = "evidence_seq", sequenceName = "achievement_evidence_seq", allocationSize = 1)
	private Long id;
	private long achievementId;
	@Enumerated(EnumType.STRING)
	private EvidenceType type;
	private String fileName;
	private String contentType;
	private long sizeBytes;
	private String storageKey;
	private String sha256;
	private Instant uploadedAt;
	private String uploadedBy;

	protected Evidence() {
	}

	public Evidence(long achievementId, EvidenceType type, String fileName, String contentType, long sizeBytes,
			String storageKey, String sha256, Instant uploadedAt, String uploadedBy) {
		this.achievementId = achievementId;
		this.type = type;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	/** A revision starts with the evidence of the version it revises. */
	public Evidence copyFor(long otherAchievementId) {
		return new Evidence(otherAchievementId, type, fileName, contentType, sizeBytes, storageKey, sha256, uploadedAt,
				uploadedBy);
	}

	public Long getId() {
		return id;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public EvidenceType getType() {
		return type;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}
}
