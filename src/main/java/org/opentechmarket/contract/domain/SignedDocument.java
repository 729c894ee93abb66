package org.opentechmarket.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The signed contract (PDF) as stored by platform.FileStore. */
@Embeddable
public class SignedDocument {

	@Column(name = "document_key")
	private String storageKey;
	@Column(name = "document_name")
	private String fileName;
	@Column(name = "document_size")
	private long size;
	@Column(name = "document_sha256")
	private String sha256;

	protected SignedDocument() {
	}

	public SignedDocument(String storageKey, String fileName, long size, String sha256) {
		this.storageKey = storageKey;
		this.fileName = fileName;
		this.size = size;
		this.sha256 = sha256;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getFileName() {
		return fileName;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}
}
