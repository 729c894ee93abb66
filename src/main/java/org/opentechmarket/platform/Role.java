package org.opentechmarket.platform;

/** Platform roles (domain/README.md §Actors and roles). {@link #ORG_ADMIN} manages the users of its own organisation. */
public enum Role {
	ADMIN, INSTITUTION, ENTERPRISE, BROKER, EXPERT, REGISTRAR, FINANCIER, ORG_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
