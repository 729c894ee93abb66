package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.stereotype.Component;

/**
 * Validation of a challenge's content and of applications, and the eligibility rules. A draft may be incomplete but what it
 * holds must be well-formed ({@link #checkDraft}); a challenge submitted (or posted) must be complete, with a window of the
 * configured length that has not begun yet ({@link #checkSubmission}). Pure apart from the code tables: the caller passes
 * today.
 */
@Component
public class ChallengeRules {

	/** Organisation types that may solve a challenge (the poster chooses among them). */
	public static final Set<OrganisationType> SOLVER_TYPES = EnumSet.of(OrganisationType.UNIVERSITY,
			OrganisationType.INSTITUTE, OrganisationType.ENTERPRISE);

	static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
	static final int CRITERION_NAME_MAX = 60;
	static final int CRITERIA_MAX = 10;
	static final int ROLE_MAX = 60;
	static final int NAME_MAX = 100;

	private final ChallengeProperties properties;
	private final CodeTables codes;

	public ChallengeRules(ChallengeProperties properties, CodeTables codes) {
		this.properties = properties;
		this.codes = codes;
	}

	public ChallengeProperties properties() {
		return properties;
	}

	// ------------------------------------------------------------------ the call

	public List<FieldViolation> checkDraft(ChallengeContent c) {
		List<FieldViolation> v = new ArrayList<>();
		required(v, "title", c.title());
		max(v, "title", c.title(), properties.titleMaxLength());
		max(v, "problem", c.problem(), properties.textMaxLength());
		max(v, "targets", c.targets(), properties.textMaxLength());
		max(v, "eligibilityNotes", c.eligibilityNotes(), properties.textMaxLength());
		max(v, "awardRules", c.awardRules(), properties.textMaxLength());
		code(v, "industryCode", c.industryCode(), codes.industries());
		code(v, "disciplineCode", c.disciplineCode(), codes.disciplines());
		code(v, "regionCode", c.regionCode(), codes.regions());
		code(v, "eligibleRegionCode", c.eligibleRegionCode(), codes.regions());
		if (!c.bountyNegotiable() && c.bountyAmount() != null) {
			if (c.bountyAmount().signum() <= 0) {
				v.add(FieldViolation.of("bountyAmount", "challenge.bounty.positive"));
			}
			else if (c.bountyAmount().scale() > 2 || c.bountyAmount().precision() - c.bountyAmount().scale() > 14) {
				v.add(FieldViolation.of("bountyAmount", "challenge.bounty.format"));
			}
		}
		if (c.eligibleTypes() != null && !SOLVER_TYPES.containsAll(c.eligibleTypes())) {
			v.add(FieldViolation.of("eligibleTypes", "challenge.eligibleTypes.unknown"));
		}
		if (c.winnersMax() != null && (c.winnersMax() < 1 || c.winnersMax() > properties.maxWinners())) {
			v.add(FieldViolation.of("winnersMax", "challenge.winners.range", properties.maxWinners()));
		}
		if (c.opensOn() != null && c.closesOn() != null && c.closesOn().isBefore(c.opensOn())) {
			v.add(FieldViolation.of("closesOn", "challenge.window.order"));
		}
		criteria(v, c.criteria());
		publicText(v, "title", c.title());
		publicText(v, "problem", c.problem());
		publicText(v, "targets", c.targets());
		publicText(v, "eligibilityNotes", c.eligibilityNotes());
		publicText(v, "awardRules", c.awardRules());
		return v;
	}

	public List<FieldViolation> checkSubmission(ChallengeContent c, LocalDate today) {
		List<FieldViolation> v = checkDraft(c);
		required(v, "problem", c.problem());
		required(v, "targets", c.targets());
		required(v, "industryCode", c.industryCode());
		if (!c.bountyNegotiable() && c.bountyAmount() == null) {
			v.add(FieldViolation.of("bountyAmount", "challenge.bounty.required"));
		}
		if (c.eligibleTypes() == null || c.eligibleTypes().isEmpty()) {
			v.add(FieldViolation.of("eligibleTypes", "challenge.eligibleTypes.required"));
		}
		if (c.reviewMethod() == null) {
			v.add(FieldViolation.of("reviewMethod", "validation.required"));
		}
		if (c.winnersMax() == null) {
			v.add(FieldViolation.of("winnersMax", "validation.required"));
		}
		if (c.criteria() == null || c.criteria().isEmpty()) {
			v.add(FieldViolation.of("criteria", "challenge.criteria.required"));
		}
		if (c.opensOn() == null) {
			v.add(FieldViolation.of("opensOn", "validation.required"));
		}
		else if (c.opensOn().isBefore(today)) {
			v.add(FieldViolation.of("opensOn", "challenge.window.opensInPast"));
		}
		if (c.closesOn() == null) {
			v.add(FieldViolation.of("closesOn", "validation.required"));
		}
		else if (c.opensOn() != null && !c.closesOn().isBefore(c.opensOn())) {
			long days = windowDays(c.opensOn(), c.closesOn());
			if (days < properties.minWindowDays()) {
				v.add(FieldViolation.of("closesOn", "challenge.window.tooShort", properties.minWindowDays()));
			}
			else if (days > properties.maxWindowDays()) {
				v.add(FieldViolation.of("closesOn", "challenge.window.tooLong", properties.maxWindowDays()));
			}
		}
		return v;
	}

	/** The window's length in days, both ends included. */
	public static long windowDays(LocalDate opensOn, LocalDate closesOn) {
		return ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
	}

	private void criteria(List<FieldViolation> v, List<ChallengeContent.Criterion> criteria) {
		if (criteria == null) {
			return;
		}
		if (criteria.size() > CRITERIA_MAX) {
			v.add(FieldViolation.of("criteria", "challenge.criteria.tooMany", CRITERIA_MAX));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < criteria.size(); i++) {
			ChallengeContent.Criterion c = criteria.get(i);
			String name = c.name() == null ? "" : c.name().strip();
			if (name.isEmpty() || name.length() > CRITERION_NAME_MAX) {
				v.add(FieldViolation.of("criteria[" + i + "].name", "challenge.criterion.nameInvalid", CRITERION_NAME_MAX));
			}
			else if (!names.add(name)) {
				v.add(FieldViolation.of("criteria[" + i + "].name", "challenge.criterion.duplicate", name));
			}
			if (c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(MAX_WEIGHT) > 0
					|| c.weight().scale() > 2) {
				v.add(FieldViolation.of("criteria[" + i + "].weight", "challenge.criterion.weightRange"));
			}
		}
	}

	// ------------------------------------------------------------------ applications

	/** Why an organisation may not apply, each with the HTTP-level kind of refusal it gets. */
	public enum Ineligibility {
		/** Applying is done by members holding the research-holder role (INSTITUTION). */
		ROLE(DomainException.Kind.FORBIDDEN),
		/** The applicant's organisation is not verified. */
		UNVERIFIED(DomainException.Kind.FORBIDDEN),
		/** The poster cannot take up its own challenge. */
		OWN_CHALLENGE(DomainException.Kind.FORBIDDEN),
		/** The organisation's type is not among the challenge's eligible types. */
		TYPE(DomainException.Kind.FORBIDDEN),
		/** The organisation is outside the region the challenge is limited to. */
		REGION(DomainException.Kind.FORBIDDEN),
		/** The application window is not open today. */
		WINDOW(DomainException.Kind.CONFLICT);

		private final DomainException.Kind kind;

		Ineligibility(DomainException.Kind kind) {
			this.kind = kind;
		}

		public String code() {
			return "challenge.apply.ineligible." + name();
		}

		public DomainException refusal() {
			return new DomainException(kind, code());
		}
	}

	/**
	 * The first eligibility rule the organisation fails for this challenge today, or null when it may apply. Checked on the
	 * server for every application; the pages use the same answer to show or hide the form.
	 */
	public Ineligibility ineligibility(Challenge c, boolean holderRole, OrganisationSummary org, LocalDate today) {
		if (!holderRole) {
			return Ineligibility.ROLE;
		}
		if (org == null || !org.verified()) {
			return Ineligibility.UNVERIFIED;
		}
		if (org.id() == c.getPosterOrganisationId()) {
			return Ineligibility.OWN_CHALLENGE;
		}
		if (!c.getEligibleTypes().contains(org.type())) {
			return Ineligibility.TYPE;
		}
		if (c.getEligibleRegionCode() != null && !within(org.regionCode(), c.getEligibleRegionCode())) {
			return Ineligibility.REGION;
		}
		if (!c.windowOpen(today)) {
			return Ineligibility.WINDOW;
		}
		return null;
	}

	/** Whether a GB/T 2260 region code is the given area or lies within it. */
	public boolean within(String code, String area) {
		String current = code;
		int guard = 0;
		while (current != null && guard++ < 10) {
			if (current.equals(area)) {
				return true;
			}
			current = codes.regions().find(current).map(CodeTables.Code::parent).orElse(null);
		}
		return false;
	}

	/**
	 * The application's content: a proposal, at most the configured team size, every member named with an organisation, the
	 * first member (the lead) from the applicant; when the call does not admit 混编 teams, every member from the applicant.
	 */
	public List<FieldViolation> checkApplication(ApplicationContent a, Challenge c, String applicantName) {
		List<FieldViolation> v = new ArrayList<>();
		required(v, "proposal", a.proposal());
		max(v, "proposal", a.proposal(), properties.textMaxLength());
		max(v, "plan", a.plan(), properties.textMaxLength());
		List<ApplicationContent.Member> team = a.team() == null ? List.of() : a.team();
		if (team.isEmpty()) {
			v.add(FieldViolation.of("team", "challenge.team.required"));
		}
		if (team.size() > properties.teamMaxMembers()) {
			v.add(FieldViolation.of("team", "challenge.team.tooMany", properties.teamMaxMembers()));
		}
		for (int i = 0; i < team.size(); i++) {
			ApplicationContent.Member m = team.get(i);
			required(v, "team[" + i + "].name", m.name());
			max(v, "team[" + i + "].name", m.name(), NAME_MAX);
			required(v, "team[" + i + "].organisation", m.organisation());
			max(v, "team[" + i + "].organisation", m.organisation(), 200);
			max(v, "team[" + i + "].role", m.role(), ROLE_MAX);
			boolean ownOrganisation = m.organisation() != null && m.organisation().strip().equals(applicantName);
			if (i == 0 && m.organisation() != null && !m.organisation().isBlank() && !ownOrganisation) {
				v.add(FieldViolation.of("team[0].organisation", "challenge.team.leadFromApplicant", applicantName));
			}
			else if (!c.isJointTeamsAllowed() && m.organisation() != null && !m.organisation().isBlank()
					&& !ownOrganisation) {
				v.add(FieldViolation.of("team[" + i + "].organisation", "challenge.team.jointNotAllowed"));
			}
		}
		return v;
	}

	// ------------------------------------------------------------------ helpers

	private void code(List<FieldViolation> v, String field, String value, CodeTables.CodeTable table) {
		if (value != null && !table.contains(value)) {
			v.add(FieldViolation.of(field, "challenge.code.unknown", value));
		}
	}

	private static void publicText(List<FieldViolation> v, String field, String text) {
		String kind = ContactDataCheck.find(text);
		if (kind != null) {
			v.add(FieldViolation.of(field, "challenge.publicText." + kind));
		}
	}

	static void required(List<FieldViolation> v, String field, String value) {
		if (value == null || value.isBlank()) {
			if (v.stream().noneMatch(x -> x.field().equals(field) && x.code().equals("validation.required"))) {
				v.add(FieldViolation.of(field, "validation.required"));
			}
		}
	}

	static void max(List<FieldViolation> v, String field, String value, int max) {
		if (value != null && value.length() > max) {
			v.add(FieldViolation.of(field, "validation.size.max", max));
		}
	}
}
