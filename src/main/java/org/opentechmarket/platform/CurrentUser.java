package org.opentechmarket.platform;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as every module sees it: who, in which organisation, with which roles. */
public final class CurrentUser implements UserDetails {

	private final long id;
	private final String username;
	private final String passwordHash;
	private final String displayName;
	private final long organisationId;
	private final String organisationName;
	private final boolean organisationVerified;
	private final Set<Role> roles;
	private final boolean enabled;

	public CurrentUser(long id, String username, String passwordHash, String displayName, long organisationId,
			String organisationName, boolean organisationVerified, Set<Role> roles, boolean enabled) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.organisationVerified = organisationVerified;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public long organisationId() {
		return organisationId;
	}

	public String organisationName() {
		return organisationName;
	}

	public boolean organisationVerified() {
		return organisationVerified;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	public boolean belongsTo(long organisation) {
		return organisationId == organisation;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same account, whatever snapshot of it (the session registry looks principals up by equality). */
	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "@" + organisationId + " " + roles + "]";
	}
}
