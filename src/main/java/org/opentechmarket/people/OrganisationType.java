package org.opentechmarket.people;

import java.util.EnumSet;
import java.util.Set;

import org.opentechmarket.platform.Role;

/** Verified organisation types (domain/people.md) and the roles their members may hold. */
public enum OrganisationType {
	UNIVERSITY(Role.INSTITUTION), INSTITUTE(Role.INSTITUTION), ENTERPRISE(Role.ENTERPRISE, Role.INSTITUTION),
	TRANSFER_INSTITUTION(Role.BROKER), REGISTRATION_POINT(Role.REGISTRAR), FINANCIAL_INSTITUTION(Role.FINANCIER),
	GOVERNMENT(), SERVICE_PROVIDER();

	private final Set<Role> memberRoles;

	OrganisationType(Role... roles) {
		this.memberRoles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
	}

	/** The role a new member gets by default (none for government and service providers). */
	public Set<Role> defaultRoles() {
		return memberRoles.isEmpty() ? Set.of() : Set.of(memberRoles.iterator().next());
	}

	/** Roles an organisation administrator may grant within the organisation; experts may sit in any organisation. */
	public Set<Role> grantableRoles() {
		EnumSet<Role> roles = memberRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(memberRoles);
		roles.add(Role.EXPERT);
		roles.add(Role.ORG_ADMIN);
		return roles;
	}
}
