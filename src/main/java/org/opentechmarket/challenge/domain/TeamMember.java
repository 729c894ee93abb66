package org.opentechmarket.challenge.domain;

import jakarta.persistence.Embeddable;

/**
 * One member of an applying team: name, organisation (by name, with its id when it is registered on the platform) and role in
 * the team. A 混编 team mixes the applicant's researchers with engineers of other organisations, enterprises included.
 */
@Embeddable
public class TeamMember {

	private String name;
	private String organisationName;
	private Long organisationId;
	private String role;

	protected TeamMember() {
	}

	public TeamMember(String name, String organisationName, Long organisationId, String role) {
		this.name = name;
		this.organisationName = organisationName;
		this.organisationId = organisationId;
		this.role = role;
	}

	public String getName() {
		return name;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getRole() {
		return role;
	}
}
