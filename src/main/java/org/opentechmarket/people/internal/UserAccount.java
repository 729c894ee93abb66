package org.opentechmarket.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;

@Entity
@jakarta.persistence.EntityListeners(AccountChangeListener.class)
@Table(name = "users")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
	@SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 1)
	private Long id;
	private String username;
	private String passwordHash;
	private String displayName;
	private String email;
	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;
	private boolean enabled = true;
	private Instant createdAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String displayName, String email, Organisation organisation,
			Set<Role> roles, Clock clock) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.organisation = organisation;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = clock.instant();
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, passwordHash, displayName, organisation.getId(), organisation.getName(),
				organisation.isVerified(), roles, enabled);
	}

	/** Roles within the organisation; ADMIN is granted only by platform administrators. */
	public void changeRoles(Set<Role> newRoles, boolean byPlatformAdmin) {
		Set<Role> allowed = organisation.getType().grantableRoles();
		for (Role role : newRoles) {
			if (!byPlatformAdmin && !allowed.contains(role)) {
				throw DomainException.forbidden("user.role.notGrantable", role.name());
			}
		}
		this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void changePassword(String hash) {
		this.passwordHash = hash;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
