package org.opentechmarket.challenge.web;

import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.challenge.domain.ApplicationContent;
import org.opentechmarket.challenge.domain.ChallengeApplication;

/**
 * The application form (and the API's body): proposal, plan and the team, first member leading. Team rows with every field
 * empty are ignored, so the page can offer a fixed number of rows without a script.
 */
public class ApplicationForm {

	static final int TEAM_ROWS = 6;

	private String proposal;
	private String plan;
	private List<MemberRow> team = new ArrayList<>();

	public static class MemberRow {

		private String name;
		private String organisation;
		private String role;

		public MemberRow() {
		}

		MemberRow(String name, String organisation, String role) {
			this.name = name;
			this.organisation = organisation;
			this.role = role;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		boolean isBlank() {
			return blank(name) && blank(organisation) && blank(role);
		}
	}

	/** A new form: the first row is the lead, of the applicant organisation. */
	static ApplicationForm blank(String applicantName, String leadRole) {
		ApplicationForm f = new ApplicationForm();
		f.team.add(new MemberRow(null, applicantName, leadRole));
		return f.withEmptyRows();
	}

	/** The form of a withdrawn application, to apply again. */
	static ApplicationForm of(ChallengeApplication a) {
		ApplicationForm f = new ApplicationForm();
		f.proposal = a.getProposal();
		f.plan = a.getPlan();
		a.getTeam().forEach(m -> f.team.add(new MemberRow(m.getName(), m.getOrganisationName(), m.getRole())));
		return f.withEmptyRows();
	}

	ApplicationForm withEmptyRows() {
		if (team == null) {
			team = new ArrayList<>();
		}
		while (team.size() < TEAM_ROWS) {
			team.add(new MemberRow());
		}
		return this;
	}

	public ApplicationContent toContent() {
		List<ApplicationContent.Member> members = new ArrayList<>();
		if (team != null) {
			for (MemberRow r : team) {
				if (r != null && !r.isBlank()) {
					members.add(new ApplicationContent.Member(r.name, r.organisation, r.role));
				}
			}
		}
		return new ApplicationContent(proposal, plan, members);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getProposal() {
		return proposal;
	}

	public void setProposal(String proposal) {
		this.proposal = proposal;
	}

	public String getPlan() {
		return plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public List<MemberRow> getTeam() {
		return team;
	}

	public void setTeam(List<MemberRow> team) {
		this.team = team;
	}
}
