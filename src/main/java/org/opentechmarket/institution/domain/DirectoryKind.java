package org.opentechmarket.institution.domain;

import java.util.Optional;

import org.opentechmarket.people.OrganisationType;

/** The two directories: transfer institutions (技术转移机构) and service providers (专业服务机构). */
public enum DirectoryKind {
	INSTITUTION(OrganisationType.TRANSFER_INSTITUTION, "institutions"),
	PROVIDER(OrganisationType.SERVICE_PROVIDER, "providers");

	private final OrganisationType organisationType;
	private final String path;

	DirectoryKind(OrganisationType organisationType, String path) {
		this.organisationType = organisationType;
		this.path = path;
	}

	public OrganisationType organisationType() {
		return organisationType;
	}

	/** The public path segment: /institutions or /providers. */
	public String path() {
		return path;
	}

	public static Optional<DirectoryKind> of(OrganisationType type) {
		for (DirectoryKind kind : values()) {
			if (kind.organisationType == type) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
