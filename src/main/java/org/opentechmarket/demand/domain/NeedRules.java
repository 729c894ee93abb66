package org.opentechmarket.demand.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.stereotype.Component;

/**
 * Validation of a need's content. A draft may be incomplete, but what it holds must be well-formed ({@link #checkDraft});
 * a need submitted for review must be complete ({@link #checkSubmission}); a listing imported from another market has what
 * that market publishes ({@link #checkListing}: title, problem, a valid code where one is given). Public text never holds
 * contact data ({@link PublicTextCheck}).
 */
@Component
public class NeedRules {

	static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
	static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,30}$");

	private final NeedProperties properties;
	private final CodeTables codes;
	private final Clock clock;

	public NeedRules(NeedProperties properties, CodeTables codes, Clock clock) {
		this.properties = properties;
		this.codes = codes;
		this.clock = clock;
	}

	public NeedProperties properties() {
		return properties;
	}

	public List<FieldViolation> checkDraft(NeedContent c) {
		List<FieldViolation> v = new ArrayList<>();
		if (c.title() == null) {
			v.add(FieldViolation.of("title", "validation.required"));
		}
		wellFormed(c, v);
		v.addAll(PublicTextCheck.check(c));
		return v;
	}

	public List<FieldViolation> checkSubmission(NeedContent c) {
		List<FieldViolation> v = checkDraft(c);
		required(v, "description", c.description());
		required(v, "targets", c.targets());
		required(v, "industryCode", c.industryCode());
		required(v, "regionCode", c.regionCode());
		required(v, "contactName", c.contactName());
		if (c.cooperation().isEmpty()) {
			v.add(FieldViolation.of("cooperation", "need.cooperation.required"));
		}
		if (!c.budgetNegotiable() && c.budgetMin() == null && c.budgetMax() == null) {
			v.add(FieldViolation.of("budgetMin", "need.budget.required"));
		}
		if (c.contactPhone() == null && c.contactEmail() == null) {
			v.add(FieldViolation.of("contactPhone", "need.contact.phoneOrEmail"));
		}
		LocalDate today = LocalDate.now(clock);
		if (c.deadline() == null) {
			v.add(FieldViolation.of("deadline", "validation.required"));
		}
		else if (!c.deadline().isAfter(today)) {
			v.add(FieldViolation.of("deadline", "need.deadline.future"));
		}
		else if (c.deadline().isAfter(today.plusDays(properties.maxValidityDays()))) {
			v.add(FieldViolation.of("deadline", "need.deadline.tooFar", properties.maxValidityDays()));
		}
		return v;
	}

	/** An imported listing: the market's own text (already redacted of contact data) and whatever codes it carried. */
	public List<FieldViolation> checkListing(NeedContent c) {
		List<FieldViolation> v = new ArrayList<>();
		required(v, "title", c.title());
		required(v, "description", c.description());
		wellFormed(c, v);
		v.addAll(PublicTextCheck.check(c));
		return v;
	}

	private void wellFormed(NeedContent c, List<FieldViolation> v) {
		max(v, "title", c.title(), properties.titleMaxLength());
		max(v, "description", c.description(), properties.descriptionMaxLength());
		max(v, "currentState", c.currentState(), properties.descriptionMaxLength());
		max(v, "targets", c.targets(), properties.descriptionMaxLength());
		max(v, "contactName", c.contactName(), 100);
		max(v, "contactEmail", c.contactEmail(), 200);
		if (c.industryCode() != null && !codes.industries().contains(c.industryCode())) {
			v.add(FieldViolation.of("industryCode", "need.code.unknown", c.industryCode()));
		}
		if (c.disciplineCode() != null && !codes.disciplines().contains(c.disciplineCode())) {
			v.add(FieldViolation.of("disciplineCode", "need.code.unknown", c.disciplineCode()));
		}
		if (c.regionCode() != null && !codes.regions().contains(c.regionCode())) {
			v.add(FieldViolation.of("regionCode", "need.code.unknown", c.regionCode()));
		}
		if (c.minTrl() != null && (c.minTrl() < 1 || c.minTrl() > 9)) {
			v.add(FieldViolation.of("minTrl", "need.trl.range"));
		}
		if (!c.budgetNegotiable()) {
			money(v, "budgetMin", c.budgetMin());
			money(v, "budgetMax", c.budgetMax());
			if (c.budgetMin() != null && c.budgetMax() != null && c.budgetMax().compareTo(c.budgetMin()) < 0) {
				v.add(FieldViolation.of("budgetMax", "need.budget.maxBelowMin"));
			}
		}
		if (c.contactEmail() != null && !EMAIL.matcher(c.contactEmail()).matches()) {
			v.add(FieldViolation.of("contactEmail", "need.contact.email"));
		}
		if (c.contactPhone() != null && !PHONE.matcher(c.contactPhone()).matches()) {
			v.add(FieldViolation.of("contactPhone", "need.contact.phone"));
		}
		for (String k : c.keywords()) {
			if (k.length() > 50) {
				v.add(FieldViolation.of("keywords", "validation.size.max", 50));
				break;
			}
		}
		if (c.keywords().size() > 10) {
			v.add(FieldViolation.of("keywords", "need.keywords.tooMany", 10));
		}
	}

	private static void money(List<FieldViolation> v, String field, BigDecimal amount) {
		if (amount == null) {
			return;
		}
		if (amount.signum() < 0) {
			v.add(FieldViolation.of(field, "need.budget.negative"));
		}
		else if (amount.scale() > 2 || amount.precision() - amount.scale() > 14) {
			v.add(FieldViolation.of(field, "need.budget.format"));
		}
	}

	private static void required(List<FieldViolation> v, String field, String value) {
		if (value == null || value.isBlank()) {
			if (v.stream().noneMatch(x -> x.field().equals(field) && x.code().equals("validation.required"))) {
				v.add(FieldViolation.of(field, "validation.required"));
			}
		}
	}

	private static void max(List<FieldViolation> v, String field, String value, int max) {
		if (value != null && value.length() > max) {
			v.add(FieldViolation.of(field, "validation.size.max", max));
		}
	}
}
