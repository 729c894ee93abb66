package org.opentechmarket.finance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.opentechmarket.platform.FileStore;

/** A file kept in the platform's {@link FileStore}: its key there, the uploaded name, the sniffed type, size and SHA-256. */
@Embeddable
public class StoredFile {

	@Column(name = "file_key")
	private String key;
	@Column(name = "file_name")
	private String name;
	@Column(name = "file_type")
	private String contentType;
	@Column(name = "file_size")
	private long size;
	@Column(name = "file_sha256")
	private String sha256;

	protected StoredFile() {
	}

	public StoredFile(FileStore.Stored stored, String fileName) {
		this.key = stored.storageKey();
		this.name = FileStore.safeFileName(fileName);
		this.contentType = stored.contentType();
		this.size = stored.size();
		this.sha256 = stored.sha256();
	}

	public String getKey() {
		return key;
	}

	public String getName() {
		return name;
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
}
