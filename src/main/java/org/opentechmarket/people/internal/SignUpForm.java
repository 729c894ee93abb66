package org.opentechmarket.people.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentechmarket.people.OrganisationType;

/** Sign-up: a new organisation and its first user, who becomes its organisation administrator. */
public class SignUpForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max}")
	private String organisationName;
	@NotBlank(message = "{validation.required}")
	private String creditCode;
	@NotNull(message = "{validation.required}")
	private OrganisationType organisationType;
	private boolean stateOwned;
	@NotBlank(message = "{validation.required}")
	private String regionCode;
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
	@Size(max = 200, message = "{validation.size.max}")
	private String email;

	public String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public OrganisationType getOrganisationType() {
		return organisationType;
	}

	public void setOrganisationType(OrganisationType organisationType) {
		this.organisationType = organisationType;
	}

	public boolean isStateOwned() {
		return stateOwned;
	}

	public void setStateOwned(boolean stateOwned) {
		this.stateOwned = stateOwned;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

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
}
