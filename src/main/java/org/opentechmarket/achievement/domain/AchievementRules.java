package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Codes.EvidenceType;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.stereotype.Component;

/**
 * Every validation rule of the registration form (domain/achievements.md §Registration fields). The one place forms, the
 * API and imports get their field errors from.
 */
@Component
public class AchievementRules {

	private static final BigDecimal HUNDRED = new BigDecimal("100");
	/** numeric(14, 2) in 万元: far above any real asking price. */
	private static final BigDecimal PRICE_LIMIT = new BigDecimal("1000000000000");

	private final AchievementProperties properties;
	private final CodeTables codes;
	private final Clock clock;

	public AchievementRules(AchievementProperties properties, CodeTables codes, Clock clock) {
		this.properties = properties;
		this.codes = codes;
		this.clock = clock;
	}

	public AchievementProperties properties() {
		return properties;
	}

	/** A draft needs only a title and a category; everything else is checked on submission. */
	public List<FieldViolation> checkDraft(AchievementContent c) {
		List<FieldViolation> v = new ArrayList<>();
		refuseClassified(c, v);
		title(c, v);
		if (c.getCategory() == null) {
			v.add(FieldViolation.of("category", "validation.required"));
		}
		limits(c, v);
		codesIfPresent(c, v);
		return v;
	}

	/**
	 * What any saved content must respect, draft or not: formats, ranges and lengths of what is filled in, and the rows of
	 * repeatable groups that are not blank. The stricter form rules come on submission.
	 */
	private void limits(AchievementContent c, List<FieldViolation> v) {
		if (c.getAbstractText() != null && c.getAbstractText().length() > properties.listingAbstractMaxLength()
				&& v.stream().noneMatch(f -> f.field().equals("abstractText"))) {
			v.add(FieldViolation.of("abstractText", "validation.size.max", properties.listingAbstractMaxLength()));
		}
		for (String k : c.getKeywords()) {
			if (k.length() > properties.keywordMaxLength()) {
				v.add(FieldViolation.of("keywordsText", "achievement.keyword.tooLong", k, properties.keywordMaxLength()));
			}
		}
		for (String organisation : c.getCompletingOrganisations()) {
			if (organisation.length() > 200) {
				v.add(FieldViolation.of("completingOrganisationsText", "validation.size.max", 200));
			}
		}
		if (c.getResearchStart() != null) {
			yearMonth(c.getResearchStart(), "researchStart", v);
		}
		if (c.getResearchEnd() != null) {
			yearMonth(c.getResearchEnd(), "researchEnd", v);
		}
		if (c.getTrl() != null && (c.getTrl() < 1 || c.getTrl() > 9)) {
			v.add(FieldViolation.of("trl", "achievement.trl.range"));
		}
		for (int i = 0; i < c.getInventors().size(); i++) {
			AchievementContent.InventorLine line = c.getInventors().get(i);
			String at = "inventors[" + i + "].";
			if (line.getName() == null || line.getName().isBlank()) {
				v.add(FieldViolation.of(at + "name", "validation.required"));
			}
			else if (line.getName().length() > 60) {
				v.add(FieldViolation.of(at + "name", "validation.size.max", 60));
			}
			if (line.getOrganisation() != null && line.getOrganisation().length() > 200) {
				v.add(FieldViolation.of(at + "organisation", "validation.size.max", 200));
			}
			if (line.getRole() != null && line.getRole().length() > 100) {
				v.add(FieldViolation.of(at + "role", "validation.size.max", 100));
			}
			if (line.getShare() != null && (line.getShare().signum() <= 0 || line.getShare().compareTo(HUNDRED) > 0
					|| line.getShare().stripTrailingZeros().scale() > 2)) {
				v.add(FieldViolation.of(at + "share", "achievement.inventor.share.range"));
			}
		}
		for (int i = 0; i < c.getIpRights().size(); i++) {
			AchievementContent.IpLine ip = c.getIpRights().get(i);
			if (ip.getType() == null) {
				v.add(FieldViolation.of("ipRights[" + i + "].type", "validation.required"));
			}
			if (ip.getNumber() != null && ip.getNumber().length() > 60) {
				v.add(FieldViolation.of("ipRights[" + i + "].number", "validation.size.max", 60));
			}
		}
		if (c.getProjectNumber() != null && c.getProjectNumber().length() > 60) {
			v.add(FieldViolation.of("projectNumber", "validation.size.max", 60));
		}
		if (c.getMarketField() != null && c.getMarketField().length() > 100) {
			v.add(FieldViolation.of("marketField", "validation.size.max", 100));
		}
		price(c, v);
	}

	/** The full registration form, as required before submission. */
	public List<FieldViolation> checkRegistration(AchievementContent c) {
		List<FieldViolation> v = new ArrayList<>();
		refuseClassified(c, v);
		title(c, v);
		required(c.getCategory(), "category", v);
		keywordCount(c, v, 1);
		int length = c.getAbstractText() == null ? 0 : c.getAbstractText().codePointCount(0, c.getAbstractText().length());
		if (length < properties.abstractMinLength() || length > properties.abstractMaxLength()) {
			v.add(FieldViolation.of("abstractText", "achievement.abstract.length", properties.abstractMinLength(),
					properties.abstractMaxLength(), length));
		}
		if (c.getCompletingOrganisations().isEmpty()) {
			v.add(FieldViolation.of("completingOrganisationsText", "achievement.organisations.required"));
		}
		limits(c, v);
		inventors(c, v);
		researchPeriod(c, v);
		required(c.getAttribute(), "attribute", v);
		required(c.getEvaluationRoute(), "evaluationRoute", v);
		required(c.getLevel(), "level", v);
		required(c.getStage(), "stage", v);
		required(c.getDisciplineCode(), "disciplineCode", v);
		required(c.getIndustryCode(), "industryCode", v);
		required(c.getRegionCode(), "regionCode", v);
		codesIfPresent(c, v);
		required(c.getFundingSource(), "fundingSource", v);
		if (c.getFundingSource() != null && c.getFundingSource().isFiscal() && c.getProjectNumber() == null) {
			v.add(FieldViolation.of("projectNumber", "achievement.projectNumber.requiredForFiscal"));
		}
		if (c.getAcceptanceDate() != null && c.getAcceptanceDate().isAfter(LocalDate.now(clock))) {
			v.add(FieldViolation.of("acceptanceDate", "validation.date.future"));
		}
		if (c.getCategory() == AchievementCategory.APPLIED) {
			applied(c, v);
		}
		return v;
	}

	/**
	 * A listing already public elsewhere (e.g. the Zhejiang online technology market): its own fields are kept as they were
	 * published, so only identity, length limits and code validity are checked.
	 */
	public List<FieldViolation> checkListing(AchievementContent c) {
		List<FieldViolation> v = new ArrayList<>();
		refuseClassified(c, v);
		title(c, v);
		required(c.getCategory(), "category", v);
		if (c.getAbstractText() == null) {
			v.add(FieldViolation.of("abstractText", "validation.required"));
		}
		else if (c.getAbstractText().length() > properties.listingAbstractMaxLength()) {
			v.add(FieldViolation.of("abstractText", "validation.size.max", properties.listingAbstractMaxLength()));
		}
		keywordCount(c, v, 0);
		limits(c, v);
		codesIfPresent(c, v);
		return v;
	}

	private void keywordCount(AchievementContent c, List<FieldViolation> v, int minimum) {
		int count = c.getKeywords().size();
		if (count < minimum || count > properties.keywordsMax()) {
			v.add(FieldViolation.of("keywordsText", "achievement.keywords.count", properties.keywordsMax()));
		}
	}

	/** Evidence the category requires before publication (domain/achievements.md §Categories). */
	public List<FieldViolation> checkEvidence(AchievementCategory category, boolean claimsIp, Collection<EvidenceType> present) {
		Set<EvidenceType> have = present.isEmpty() ? EnumSet.noneOf(EvidenceType.class) : EnumSet.copyOf(present);
		List<FieldViolation> v = new ArrayList<>();
		switch (category) {
			case APPLIED -> {
				if (!have.contains(EvidenceType.ACCEPTANCE_OPINION) && !have.contains(EvidenceType.EVALUATION_CERTIFICATE)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.acceptanceOrEvaluation"));
				}
				if (claimsIp && !have.contains(EvidenceType.IP_CERTIFICATE)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.ipCertificate"));
				}
				if (!have.contains(EvidenceType.TEST_REPORT)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.testReport"));
				}
			}
			case BASIC -> {
				if (!have.contains(EvidenceType.PAPER) && !have.contains(EvidenceType.MONOGRAPH)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.paperOrMonograph"));
				}
				if (!have.contains(EvidenceType.CITATION_PROOF)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.citationProof"));
				}
			}
			case SOFT -> {
				if (!have.contains(EvidenceType.REVIEW_OPINION) && !have.contains(EvidenceType.ACCEPTANCE_OPINION)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.reviewOrAcceptance"));
				}
				if (!have.contains(EvidenceType.RESEARCH_REPORT)) {
					v.add(FieldViolation.of("evidence", "achievement.evidence.researchReport"));
				}
			}
		}
		return v;
	}

	private void refuseClassified(AchievementContent c, List<FieldViolation> v) {
		if (c.isClassified()) {
			v.add(FieldViolation.of("classified", "achievement.classified.refused"));
		}
	}

	private void title(AchievementContent c, List<FieldViolation> v) {
		if (c.getTitle() == null) {
			v.add(FieldViolation.of("title", "validation.required"));
		}
		else if (c.getTitle().codePointCount(0, c.getTitle().length()) > properties.titleMaxLength()) {
			v.add(FieldViolation.of("title", "validation.size.max", properties.titleMaxLength()));
		}
	}

	private void inventors(AchievementContent c, List<FieldViolation> v) {
		if (c.getInventors().isEmpty()) {
			v.add(FieldViolation.of("inventors", "achievement.inventors.required"));
			return;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < c.getInventors().size(); i++) {
			AchievementContent.InventorLine line = c.getInventors().get(i);
			String at = "inventors[" + i + "].";
			if (line.getOrganisation() == null || line.getOrganisation().isBlank()) {
				v.add(FieldViolation.of(at + "organisation", "validation.required"));
			}
			if (line.getShare() == null) {
				v.add(FieldViolation.of(at + "share", "achievement.inventor.share.range"));
			}
			else {
				total = total.add(line.getShare());
			}
		}
		if (total.compareTo(HUNDRED) != 0) {
			v.add(FieldViolation.of("inventors", "achievement.inventors.sharesSum", total.stripTrailingZeros().toPlainString()));
		}
	}

	private void researchPeriod(AchievementContent c, List<FieldViolation> v) {
		// formats are checked with the limits; here: both present, in order
		required(c.getResearchStart(), "researchStart", v);
		required(c.getResearchEnd(), "researchEnd", v);
		YearMonth start = c.getResearchStart() == null ? null : yearMonth(c.getResearchStart(), "researchStart", null);
		YearMonth end = c.getResearchEnd() == null ? null : yearMonth(c.getResearchEnd(), "researchEnd", null);
		if (start != null && end != null && start.isAfter(end)) {
			v.add(FieldViolation.of("researchEnd", "achievement.researchPeriod.order"));
		}
	}

	/** Parses yyyy-MM; reports a bad format into {@code v} when given. */
	private static YearMonth yearMonth(String value, String field, List<FieldViolation> v) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException e) {
			if (v != null) {
				v.add(FieldViolation.of(field, "validation.yearMonth"));
			}
			return null;
		}
	}

	private void applied(AchievementContent c, List<FieldViolation> v) {
		if (c.getTrl() == null) {
			v.add(FieldViolation.of("trl", "achievement.trl.range"));
		}
		for (int i = 0; i < c.getIpRights().size(); i++) {
			AchievementContent.IpLine ip = c.getIpRights().get(i);
			String at = "ipRights[" + i + "].";
			boolean numbered = ip.getType() != IpType.TECHNICAL_SECRET && ip.getType() != IpType.OTHER;
			if (numbered && (ip.getNumber() == null || ip.getNumber().isBlank())) {
				v.add(FieldViolation.of(at + "number", "achievement.ip.number.required"));
			}
			if (ip.getStatus() == null) {
				v.add(FieldViolation.of(at + "status", "validation.required"));
			}
		}
		if (c.getConversionMethods().isEmpty()) {
			v.add(FieldViolation.of("conversionMethods", "achievement.conversionMethods.required"));
		}
		if (!c.isPriceNegotiable() && c.getPriceMin() == null) {
			v.add(FieldViolation.of("priceMin", "achievement.price.requiredOrNegotiable"));
		}
		required(c.getApplicationFields(), "applicationFields", v);
		required(c.getCooperationRequirements(), "cooperationRequirements", v);
	}

	private static void price(AchievementContent c, List<FieldViolation> v) {
		if (c.getPriceMin() != null && c.getPriceMin().signum() < 0) {
			v.add(FieldViolation.of("priceMin", "achievement.price.negative"));
		}
		for (var price : new java.math.BigDecimal[] { c.getPriceMin(), c.getPriceMax() }) {
			if (price != null && (price.compareTo(PRICE_LIMIT) >= 0 || price.stripTrailingZeros().scale() > 2)) {
				v.add(FieldViolation.of(price == c.getPriceMin() ? "priceMin" : "priceMax", "achievement.price.format"));
			}
		}
		if (c.getPriceMin() != null && c.getPriceMax() != null && c.getPriceMax().compareTo(c.getPriceMin()) < 0) {
			v.add(FieldViolation.of("priceMax", "achievement.price.order"));
		}
	}

	private void codesIfPresent(AchievementContent c, List<FieldViolation> v) {
		if (c.getDisciplineCode() != null && !codes.disciplines().contains(c.getDisciplineCode())) {
			v.add(FieldViolation.of("disciplineCode", "code.discipline.unknown", c.getDisciplineCode()));
		}
		if (c.getIndustryCode() != null && !codes.industries().contains(c.getIndustryCode())) {
			v.add(FieldViolation.of("industryCode", "code.industry.unknown", c.getIndustryCode()));
		}
		if (c.getRegionCode() != null && (!c.getRegionCode().matches("\\d{6}") || !codes.regions().contains(c.getRegionCode()))) {
			v.add(FieldViolation.of("regionCode", "code.region.unknown", c.getRegionCode()));
		}
	}

	private static void required(Object value, String field, List<FieldViolation> v) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
	}
}
