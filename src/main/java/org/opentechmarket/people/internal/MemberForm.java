package org.opentechmarket.people.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentechmarket.platform.Role;

/** An organisation administrator adds a user to the organisation. */
public class MemberForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "{user.username.pattern}")
	private String username;
	@NotBlank(message = "{validation.required}")
	@Size(min = 8, max = 100, message = "{user.password.size}")
	private String password;
	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max}")
	private String displayName;
	@Email(message = "{validation.email}")
	private String email;
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}
}
