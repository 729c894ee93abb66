package org.opentechmarket.challenge.domain;

import java.util.List;

/** What an applicant writes: the proposal, the implementation plan and the team (the first member leads it). */
public record ApplicationContent(String proposal, String plan, List<Member> team) {

	/** One team member as written on the form. */
	public record Member(String name, String organisation, String role) {
	}
}
