package org.opentechmarket.challenge.domain;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.springframework.stereotype.Component;

/**
 * Stores the files of challenges, applications, reports and acceptances through the platform's file store (which decides
 * the type from the content and accepts only the configured types), within this module's own limits: at most
 * {@code otm.challenge.attachment-max-bytes} per file and {@code otm.challenge.attachments-max} files per owner.
 */
@Component
class ChallengeFiles {

	private final ChallengeFileRepository files;
	private final FileStore store;
	private final ChallengeProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	ChallengeFiles(ChallengeFileRepository files, FileStore store, ChallengeProperties properties, AuditLog audit,
			Clock clock) {
		this.files = files;
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	ChallengeFile store(CurrentUser user, long challengeId, Long applicationId, Long reportId, ChallengeFile.Kind kind,
			int existing, String fileName, long size, InputStream content) {
		if (existing >= properties.attachmentsMax()) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "challenge.file.tooMany",
					properties.attachmentsMax())));
		}
		if (size <= 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "challenge.file.empty")));
		}
		if (size > properties.attachmentMaxBytes()) {
			throw tooLarge();
		}
		FileStore.Stored stored = store.store(fileName, size, content);
		if (stored.size() > properties.attachmentMaxBytes()) {
			store.delete(stored.storageKey());
			throw tooLarge();
		}
		ChallengeFile f = files.save(new ChallengeFile(challengeId, applicationId, reportId, kind,
				FileStore.safeFileName(fileName), stored, user.getUsername(), clock));
		audit.record("challenge.file.add", "challenge", challengeId,
				kind + (applicationId == null ? "" : " application " + applicationId) + " " + f.getFileName() + " "
						+ stored.sha256());
		return f;
	}

	private DomainException tooLarge() {
		return DomainException.invalid(List.of(FieldViolation.of("file", "challenge.file.tooLarge",
				properties.attachmentMaxBytes() / 1024 / 1024)));
	}
}
