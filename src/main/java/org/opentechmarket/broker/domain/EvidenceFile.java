package org.opentechmarket.broker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An uploaded evidence file (platform FileStore): the stored key, the sanitised name, the sniffed type and the hash. */
@Embeddable
public record EvidenceFile(@Column(name = "evidence_key") String key, @Column(name = "evidence_name") String name,
		@Column(name = "evidence_type") String contentType, @Column(name = "evidence_sha256") String sha256) {
}
