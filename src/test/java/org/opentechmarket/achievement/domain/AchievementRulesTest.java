package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.AchievementContent.InventorLine;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvidenceType;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.FieldViolation;

/** The registration form's rules (domain/achievements.md §Registration fields), field by field. */
class AchievementRulesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
	private static final CodeTables CODES = new CodeTables();

	private final AchievementRules rules = new AchievementRules(new AchievementProperties(100, 50, 2000, 10000, 5, 15, 30, 30, 10),
			CODES, CLOCK);

	// ------------------------------------------------------------------ the whole form

	@Test
	void aCompleteAppliedRegistrationHasNoViolations() {
		assertThat(rules.checkRegistration(TestContents.validApplied("纺织品瑕疵在线检测系统"))).isEmpty();
	}

	@Test
	void aCompleteBasicRegistrationNeedsNoAppliedFields() {
		assertThat(rules.checkRegistration(TestContents.validBasic("二维材料界面电荷转移机理研究"))).isEmpty();
		AchievementContent soft = TestContents.validBasic("区域科技成果转化效率评价方法研究");
		soft.setCategory(AchievementCategory.SOFT);
		assertThat(rules.checkRegistration(soft)).isEmpty();
	}

	@Test
	void anEmptyFormListsEveryRequiredField() {
		List<FieldViolation> v = rules.checkRegistration(new AchievementContent());
		assertThat(fields(v)).contains("title", "category", "keywordsText", "abstractText", "completingOrganisationsText",
				"inventors", "researchStart", "researchEnd", "attribute", "evaluationRoute", "level", "stage",
				"disciplineCode", "industryCode", "regionCode", "fundingSource");
	}

	@Test
	void classifiedResultsAreRefused() {
		AchievementContent c = valid(x -> x.setClassified(true));
		assertThat(rules.checkRegistration(c)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("classified", "achievement.classified.refused"));
		// even as a draft
		assertThat(codes(rules.checkDraft(c))).contains("achievement.classified.refused");
	}

	// ------------------------------------------------------------------ title

	@Test
	void titleUpToOneHundredCharacters() {
		assertThat(rules.checkRegistration(valid(c -> c.setTitle(TestContents.chinese(100))))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setTitle(TestContents.chinese(101)))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("title", "validation.size.max"));
	}

	@Test
	void titleLengthCountsCodePointsNotUtf16Units() {
		// 100 characters from CJK Extension B take 200 UTF-16 units: still 100 characters
		String rare = "𠀀".repeat(100);
		assertThat(rare.length()).isEqualTo(200);
		assertThat(rules.checkRegistration(valid(c -> c.setTitle(rare)))).isEmpty();
	}

	@Test
	void titleIsRequired() {
		assertThat(fields(rules.checkRegistration(valid(c -> c.setTitle(null))))).containsExactly("title");
	}

	// ------------------------------------------------------------------ keywords

	@Test
	void oneToFiveKeywords() {
		assertThat(rules.checkRegistration(valid(c -> c.setKeywords(new ArrayList<>(List.of("机器视觉")))))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setKeywords(new ArrayList<>(List.of("一", "二", "三", "四", "五"))))))
			.isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setKeywords(new ArrayList<>()))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("keywordsText", "achievement.keywords.count"));
		assertThat(rules.checkRegistration(valid(c -> c.setKeywords(new ArrayList<>(List.of("一", "二", "三", "四", "五", "六"))))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("keywordsText", "achievement.keywords.count"));
	}

	@Test
	void keywordsTypedAsOneLineAreSplitOnChineseAndLatinSeparators() {
		AchievementContent c = TestContents.validApplied("关键词");
		c.setKeywordsText("机器视觉，深度学习;瑕疵检测、纺织 印染");
		assertThat(c.getKeywords()).containsExactly("机器视觉", "深度学习", "瑕疵检测", "纺织", "印染");
		assertThat(rules.checkRegistration(c)).isEmpty();
		c.setKeywordsText("一，二，三，四，五，六");
		assertThat(fields(rules.checkRegistration(c))).containsExactly("keywordsText");
	}

	@Test
	void overlongKeywordIsRefused() {
		assertThat(codes(rules.checkRegistration(valid(c -> c.setKeywords(new ArrayList<>(List.of(TestContents.chinese(31))))))))
			.containsExactly("achievement.keyword.tooLong");
	}

	// ------------------------------------------------------------------ abstract

	@Test
	void abstractOfFiftyToTwoThousandCharacters() {
		assertThat(rules.checkRegistration(valid(c -> c.setAbstractText(TestContents.chinese(50))))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setAbstractText(TestContents.chinese(2000))))).isEmpty();
		List<FieldViolation> tooShort = rules.checkRegistration(valid(c -> c.setAbstractText(TestContents.chinese(49))));
		assertThat(tooShort).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("abstractText", "achievement.abstract.length"));
		assertThat(tooShort.get(0).args()).containsExactly(50, 2000, 49);
		assertThat(rules.checkRegistration(valid(c -> c.setAbstractText(TestContents.chinese(2001)))))
			.extracting(FieldViolation::field).containsExactly("abstractText");
		assertThat(fields(rules.checkRegistration(valid(c -> c.setAbstractText(null))))).containsExactly("abstractText");
	}

	@Test
	void abstractLengthCountsCodePoints() {
		// 49 characters outside the BMP are 98 UTF-16 units: still too short
		String rare = "𠀀".repeat(49);
		assertThat(fields(rules.checkRegistration(valid(c -> c.setAbstractText(rare))))).containsExactly("abstractText");
		String fifty = "𠀀".repeat(50);
		assertThat(rules.checkRegistration(valid(c -> c.setAbstractText(fifty)))).isEmpty();
	}

	// ------------------------------------------------------------------ inventors

	@Test
	void inventorSharesMustSumToExactlyOneHundred() {
		assertThat(rules.checkRegistration(valid(c -> c.setInventors(shares("33.33", "33.33", "33.34"))))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setInventors(shares("100.00"))))).isEmpty();

		List<FieldViolation> under = rules.checkRegistration(valid(c -> c.setInventors(shares("33.33", "33.33", "33.33"))));
		assertThat(under).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("inventors", "achievement.inventors.sharesSum"));
		assertThat(under.get(0).args()).containsExactly("99.99");

		List<FieldViolation> over = rules.checkRegistration(valid(c -> c.setInventors(shares("50.01", "50"))));
		assertThat(over).extracting(FieldViolation::field).containsExactly("inventors");
		assertThat(over.get(0).args()).containsExactly("100.01");
	}

	@Test
	void eachShareIsPositiveAndAtMostOneHundred() {
		assertThat(fields(rules.checkRegistration(valid(c -> c.setInventors(shares("0", "100")))))).contains("inventors[0].share");
		assertThat(fields(rules.checkRegistration(valid(c -> c.setInventors(shares("-10", "110"))))))
			.contains("inventors[0].share", "inventors[1].share");
		List<InventorLine> missing = shares("100");
		missing.get(0).setShare(null);
		assertThat(fields(rules.checkRegistration(valid(c -> c.setInventors(missing))))).contains("inventors[0].share");
	}

	@Test
	void inventorsNeedNameAndOrganisation() {
		List<InventorLine> lines = shares("60", "40");
		lines.get(0).setName(" ");
		lines.get(1).setOrganisation(null);
		assertThat(fields(rules.checkRegistration(valid(c -> c.setInventors(lines)))))
			.containsExactlyInAnyOrder("inventors[0].name", "inventors[1].organisation");
		assertThat(codes(rules.checkRegistration(valid(c -> c.setInventors(new ArrayList<>())))))
			.containsExactly("achievement.inventors.required");
	}

	// ------------------------------------------------------------------ period, funding, codes

	@Test
	void researchEndBeforeStartIsRefused() {
		assertThat(rules.checkRegistration(valid(c -> {
			c.setResearchStart("2024-06");
			c.setResearchEnd("2024-06");
		}))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> {
			c.setResearchStart("2024-06");
			c.setResearchEnd("2024-05");
		}))).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("researchEnd", "achievement.researchPeriod.order"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-13", "2024/06", "202406", "2024-06-01", "六月" })
	void researchPeriodIsYearMonth(String value) {
		assertThat(rules.checkRegistration(valid(c -> c.setResearchStart(value))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("researchStart", "validation.yearMonth"));
	}

	@Test
	void fiscalFundingNeedsAProjectNumber() {
		for (FundingSource fiscal : EnumSet.of(FundingSource.NATIONAL, FundingSource.PROVINCIAL, FundingSource.MUNICIPAL)) {
			assertThat(rules.checkRegistration(valid(c -> {
				c.setFundingSource(fiscal);
				c.setProjectNumber(null);
			}))).as(fiscal.name()).extracting(FieldViolation::field, FieldViolation::code)
				.containsExactly(tuple("projectNumber", "achievement.projectNumber.requiredForFiscal"));
		}
		for (FundingSource own : EnumSet.of(FundingSource.SELF, FundingSource.OTHER)) {
			assertThat(rules.checkRegistration(valid(c -> {
				c.setFundingSource(own);
				c.setProjectNumber(null);
			}))).as(own.name()).isEmpty();
		}
	}

	@Test
	void aBlankProjectNumberCountsAsMissingOnceNormalised() {
		AchievementContent c = valid(x -> x.setProjectNumber("   "));
		c.normalised();
		assertThat(fields(rules.checkRegistration(c))).containsExactly("projectNumber");
	}

	@Test
	void acceptanceDateCannotBeInTheFuture() {
		LocalDate today = LocalDate.now(CLOCK);
		assertThat(rules.checkRegistration(valid(c -> c.setAcceptanceDate(today)))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setAcceptanceDate(today.plusDays(1)))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("acceptanceDate", "validation.date.future"));
	}

	@Test
	void unknownCodesAreRefused() {
		assertThat(rules.checkRegistration(valid(c -> c.setDisciplineCode("99999"))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("disciplineCode", "code.discipline.unknown"));
		assertThat(rules.checkRegistration(valid(c -> c.setIndustryCode("9999"))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("industryCode", "code.industry.unknown"));
		assertThat(rules.checkRegistration(valid(c -> c.setRegionCode("339999"))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("regionCode", "code.region.unknown"));
		assertThat(fields(rules.checkRegistration(valid(c -> c.setRegionCode("3301"))))).containsExactly("regionCode");
		assertThat(fields(rules.checkRegistration(valid(c -> c.setRegionCode("33010a"))))).containsExactly("regionCode");
	}

	@Test
	void knownCodesAtEveryLevelAreAccepted() {
		assertThat(rules.checkRegistration(valid(c -> {
			c.setRegionCode("330000");
			c.setIndustryCode("C");
			c.setDisciplineCode("520");
		}))).isEmpty();
	}

	// ------------------------------------------------------------------ APPLIED only

	@Test
	void appliedNeedsTrlConversionMethodAndPrice() {
		List<FieldViolation> v = rules.checkRegistration(valid(c -> {
			c.setTrl(null);
			c.setConversionMethods(EnumSet.noneOf(ConversionMethod.class));
			c.setPriceNegotiable(false);
			c.setPriceMin(null);
			c.setPriceMax(null);
		}));
		assertThat(v).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
				tuple("trl", "achievement.trl.range"),
				tuple("conversionMethods", "achievement.conversionMethods.required"),
				tuple("priceMin", "achievement.price.requiredOrNegotiable"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10, -1 })
	void trlIsOneToNine(int trl) {
		assertThat(fields(rules.checkRegistration(valid(c -> c.setTrl(trl))))).containsExactly("trl");
	}

	@Test
	void trlBoundsAreAccepted() {
		assertThat(rules.checkRegistration(valid(c -> c.setTrl(1)))).isEmpty();
		assertThat(rules.checkRegistration(valid(c -> c.setTrl(9)))).isEmpty();
	}

	@Test
	void negotiableReplacesThePrice() {
		assertThat(rules.checkRegistration(valid(c -> {
			c.setPriceNegotiable(true);
			c.setPriceMin(null);
			c.setPriceMax(null);
		}))).isEmpty();
	}

	@Test
	void priceMustBeNonNegativeAndOrdered() {
		assertThat(rules.checkRegistration(valid(c -> c.setPriceMin(new BigDecimal("-1")))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("priceMin", "achievement.price.negative"));
		assertThat(rules.checkRegistration(valid(c -> {
			c.setPriceMin(new BigDecimal("100"));
			c.setPriceMax(new BigDecimal("99.99"));
		}))).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("priceMax", "achievement.price.order"));
		assertThat(rules.checkRegistration(valid(c -> {
			c.setPriceMin(new BigDecimal("0"));
			c.setPriceMax(null);
		}))).isEmpty();
	}

	@Test
	void appliedNeedsApplicationFieldsAndCooperationRequirements() {
		assertThat(fields(rules.checkRegistration(valid(c -> {
			c.setApplicationFields(" ");
			c.setCooperationRequirements(null);
		})))).containsExactlyInAnyOrder("applicationFields", "cooperationRequirements");
	}

	@Test
	void aPatentNeedsItsNumber() {
		assertThat(rules.checkRegistration(valid(c -> c.setIpRights(new ArrayList<>(List.of(
				new IpLine(IpType.INVENTION_PATENT, " ", LocalDate.of(2023, 1, 1), IpStatus.GRANTED)))))))
			.extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(tuple("ipRights[0].number", "achievement.ip.number.required"));
		assertThat(fields(rules.checkRegistration(valid(c -> c.setIpRights(new ArrayList<>(List.of(
				new IpLine(IpType.INVENTION_PATENT, "ZL1", null, IpStatus.GRANTED),
				new IpLine(IpType.SOFTWARE_COPYRIGHT, null, null, IpStatus.GRANTED))))))))
			.containsExactly("ipRights[1].number");
	}

	@Test
	void technicalSecretsNeedNoNumberButEveryRightNeedsTypeAndStatus() {
		assertThat(rules.checkRegistration(valid(c -> c.setIpRights(new ArrayList<>(List.of(
				new IpLine(IpType.TECHNICAL_SECRET, null, null, IpStatus.GRANTED),
				new IpLine(IpType.OTHER, null, null, IpStatus.PENDING))))))).isEmpty();
		assertThat(fields(rules.checkRegistration(valid(c -> c.setIpRights(new ArrayList<>(List.of(
				new IpLine(null, "ZL2", null, null))))))))
			.containsExactlyInAnyOrder("ipRights[0].type", "ipRights[0].status");
	}

	@Test
	void appliedRulesDoNotApplyToBasicResearch() {
		AchievementContent c = TestContents.validBasic("基础研究");
		c.setTrl(null);
		c.setPriceMin(null);
		c.setIpRights(new ArrayList<>(List.of(new IpLine(IpType.INVENTION_PATENT, null, null, null))));
		assertThat(rules.checkRegistration(c)).isEmpty();
	}

	// ------------------------------------------------------------------ evidence

	@Test
	void appliedEvidenceWithoutIpClaims() {
		assertThat(rules.checkEvidence(AchievementCategory.APPLIED, false,
				EnumSet.of(EvidenceType.ACCEPTANCE_OPINION, EvidenceType.TEST_REPORT))).isEmpty();
		assertThat(rules.checkEvidence(AchievementCategory.APPLIED, false,
				EnumSet.of(EvidenceType.EVALUATION_CERTIFICATE, EvidenceType.TEST_REPORT))).isEmpty();
		assertThat(codes(rules.checkEvidence(AchievementCategory.APPLIED, false, EnumSet.of(EvidenceType.TEST_REPORT))))
			.containsExactly("achievement.evidence.acceptanceOrEvaluation");
		assertThat(codes(rules.checkEvidence(AchievementCategory.APPLIED, false,
				EnumSet.of(EvidenceType.ACCEPTANCE_OPINION, EvidenceType.USER_CERTIFICATE))))
			.containsExactly("achievement.evidence.testReport");
		assertThat(rules.checkEvidence(AchievementCategory.APPLIED, false, List.of()))
			.extracting(FieldViolation::field, FieldViolation::code).containsExactly(
					tuple("evidence", "achievement.evidence.acceptanceOrEvaluation"),
					tuple("evidence", "achievement.evidence.testReport"));
	}

	@Test
	void appliedEvidenceWithIpClaimsNeedsTheCertificate() {
		assertThat(codes(rules.checkEvidence(AchievementCategory.APPLIED, true,
				EnumSet.of(EvidenceType.ACCEPTANCE_OPINION, EvidenceType.TEST_REPORT))))
			.containsExactly("achievement.evidence.ipCertificate");
		assertThat(rules.checkEvidence(AchievementCategory.APPLIED, true,
				EnumSet.of(EvidenceType.ACCEPTANCE_OPINION, EvidenceType.TEST_REPORT, EvidenceType.IP_CERTIFICATE))).isEmpty();
		assertThat(rules.checkEvidence(AchievementCategory.APPLIED, true, List.of())).hasSize(3)
			.allSatisfy(v -> assertThat(v.field()).isEqualTo("evidence"));
		// duplicates of a type count once and do not stand in for another type
		assertThat(codes(rules.checkEvidence(AchievementCategory.APPLIED, true,
				List.of(EvidenceType.TEST_REPORT, EvidenceType.TEST_REPORT, EvidenceType.IP_CERTIFICATE))))
			.containsExactly("achievement.evidence.acceptanceOrEvaluation");
	}

	@Test
	void basicEvidence() {
		assertThat(rules.checkEvidence(AchievementCategory.BASIC, false,
				EnumSet.of(EvidenceType.PAPER, EvidenceType.CITATION_PROOF))).isEmpty();
		assertThat(rules.checkEvidence(AchievementCategory.BASIC, false,
				EnumSet.of(EvidenceType.MONOGRAPH, EvidenceType.CITATION_PROOF))).isEmpty();
		assertThat(codes(rules.checkEvidence(AchievementCategory.BASIC, false, EnumSet.of(EvidenceType.PAPER))))
			.containsExactly("achievement.evidence.citationProof");
		assertThat(codes(rules.checkEvidence(AchievementCategory.BASIC, false,
				EnumSet.of(EvidenceType.CITATION_PROOF, EvidenceType.ACCEPTANCE_OPINION, EvidenceType.TEST_REPORT))))
			.containsExactly("achievement.evidence.paperOrMonograph");
		// the basic category never asks for IP certificates
		assertThat(rules.checkEvidence(AchievementCategory.BASIC, true,
				EnumSet.of(EvidenceType.PAPER, EvidenceType.CITATION_PROOF))).isEmpty();
	}

	@Test
	void softScienceEvidence() {
		assertThat(rules.checkEvidence(AchievementCategory.SOFT, false,
				EnumSet.of(EvidenceType.REVIEW_OPINION, EvidenceType.RESEARCH_REPORT))).isEmpty();
		assertThat(rules.checkEvidence(AchievementCategory.SOFT, false,
				EnumSet.of(EvidenceType.ACCEPTANCE_OPINION, EvidenceType.RESEARCH_REPORT))).isEmpty();
		assertThat(codes(rules.checkEvidence(AchievementCategory.SOFT, false, EnumSet.of(EvidenceType.RESEARCH_REPORT))))
			.containsExactly("achievement.evidence.reviewOrAcceptance");
		assertThat(codes(rules.checkEvidence(AchievementCategory.SOFT, false,
				EnumSet.of(EvidenceType.REVIEW_OPINION, EvidenceType.PAPER))))
			.containsExactly("achievement.evidence.researchReport");
		assertThat(rules.checkEvidence(AchievementCategory.SOFT, false, Set.of())).hasSize(2);
	}

	// ------------------------------------------------------------------ drafts

	@Test
	void aDraftNeedsOnlyATitleAndACategory() {
		assertThat(rules.checkDraft(TestContents.draftOnly("只有名称和类型", AchievementCategory.APPLIED))).isEmpty();
		assertThat(fields(rules.checkDraft(TestContents.draftOnly(null, AchievementCategory.BASIC)))).containsExactly("title");
		assertThat(fields(rules.checkDraft(TestContents.draftOnly("没有类型", null)))).containsExactly("category");
		assertThat(fields(rules.checkDraft(TestContents.draftOnly(TestContents.chinese(101), AchievementCategory.SOFT))))
			.containsExactly("title");
	}

	@Test
	void aDraftStillRefusesUnknownCodes() {
		AchievementContent c = TestContents.draftOnly("草稿", AchievementCategory.APPLIED);
		c.setRegionCode("999999");
		c.setDisciplineCode("nope");
		assertThat(fields(rules.checkDraft(c))).containsExactlyInAnyOrder("regionCode", "disciplineCode");
	}

	@Test
	void aDraftDoesNotCheckTheRestOfTheForm() {
		AchievementContent c = TestContents.draftOnly("草稿", AchievementCategory.APPLIED);
		c.setKeywords(new ArrayList<>(List.of("一", "二", "三", "四", "五", "六")));
		c.setAbstractText("太短");
		c.setInventors(shares("10"));
		assertThat(rules.checkDraft(c)).isEmpty();
		assertThat(rules.checkRegistration(c)).isNotEmpty();
	}

	// ------------------------------------------------------------------ helpers

	private static AchievementContent valid(Consumer<AchievementContent> change) {
		AchievementContent c = TestContents.validApplied("纺织品瑕疵在线检测系统");
		change.accept(c);
		return c;
	}

	private static List<InventorLine> shares(String... shares) {
		List<InventorLine> lines = new ArrayList<>();
		for (int i = 0; i < shares.length; i++) {
			lines.add(new InventorLine("完成人" + i, "之江理工大学", "成员", new BigDecimal(shares[i])));
		}
		return lines;
	}

	private static List<String> fields(List<FieldViolation> v) {
		return v.stream().map(FieldViolation::field).toList();
	}

	private static List<String> codes(List<FieldViolation> v) {
		return v.stream().map(FieldViolation::code).toList();
	}
}
