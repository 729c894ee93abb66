package org.opentechmarket.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.FieldViolation;

/** Content, window, eligibility and team rules with the default policy numbers. */
class ChallengeRulesTest {

	static final ChallengeProperties DEFAULTS = new ChallengeProperties(20, 180, 100, 5000, 5, 30, 10_485_760, 10, 3,
			Duration.ofMinutes(5), 100, null);
	static final ChallengeRules RULES = new ChallengeRules(DEFAULTS, new CodeTables());
	static final LocalDate TODAY = ChallengeLifecycleTest.DAY;

	static ChallengeContent content(String problem, LocalDate opens, LocalDate closes, BigDecimal bounty,
			List<ChallengeContent.Criterion> criteria) {
		return new ChallengeContent("晶圆视觉定位", problem, "定位精度 ±0.05 mm", "C", "52020", "330106", bounty == null,
				bounty, EnumSet.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE), "330000", false, null, opens,
				closes, ReviewMethod.DESK, true, criteria, 2, true, null);
	}

	static List<ChallengeContent.Criterion> criteria(String... nameWeight) {
		java.util.List<ChallengeContent.Criterion> out = new java.util.ArrayList<>();
		for (int i = 0; i < nameWeight.length; i += 2) {
			out.add(new ChallengeContent.Criterion(nameWeight[i], new BigDecimal(nameWeight[i + 1])));
		}
		return out;
	}

	static List<String> codes(List<FieldViolation> v) {
		return v.stream().map(x -> x.field() + ":" + x.code()).toList();
	}

	@Test
	void aCompleteCallWithATwentyDayWindowPasses() {
		assertThat(RULES.checkSubmission(content("取放片偏差大", TODAY, TODAY.plusDays(19), new BigDecimal("500000.00"),
				criteria("技术方案", "40", "团队能力", "60")), TODAY)).isEmpty();
		assertThat(ChallengeRules.windowDays(TODAY, TODAY.plusDays(19))).isEqualTo(20);
	}

	@Test
	void theWindowHasItsLimitsAndMustNotHaveBegun() {
		assertThat(codes(RULES.checkSubmission(content("p", TODAY, TODAY.plusDays(18), null, criteria("a", "1")), TODAY)))
			.containsExactly("closesOn:challenge.window.tooShort");
		assertThat(codes(RULES.checkSubmission(content("p", TODAY, TODAY.plusDays(180), null, criteria("a", "1")), TODAY)))
			.containsExactly("closesOn:challenge.window.tooLong");
		assertThat(codes(RULES.checkSubmission(content("p", TODAY.minusDays(1), TODAY.plusDays(30), null,
				criteria("a", "1")), TODAY))).containsExactly("opensOn:challenge.window.opensInPast");
		assertThat(codes(RULES.checkDraft(content("p", TODAY.plusDays(5), TODAY.plusDays(4), null, null))))
			.containsExactly("closesOn:challenge.window.order");
	}

	@Test
	void moneyCriteriaCodesAndContactDataAreChecked() {
		assertThat(codes(RULES.checkDraft(content("请致电 13812345678", null, null, new BigDecimal("-1"),
				criteria("技术方案", "0", "技术方案", "2000", "", "5")))))
			.containsExactlyInAnyOrder("bountyAmount:challenge.bounty.positive", "criteria[0].weight:challenge.criterion.weightRange",
					"criteria[1].name:challenge.criterion.duplicate", "criteria[1].weight:challenge.criterion.weightRange",
					"criteria[2].name:challenge.criterion.nameInvalid", "problem:challenge.publicText.phone");
		assertThat(codes(RULES.checkDraft(content("见 www.example.com", null, null, new BigDecimal("1.001"), null))))
			.containsExactlyInAnyOrder("bountyAmount:challenge.bounty.format", "problem:challenge.publicText.url");
		ChallengeContent unknownCodes = new ChallengeContent("t", null, null, "ZZ", "x", "999999", true, null,
				EnumSet.of(OrganisationType.GOVERNMENT), null, true, null, null, null, null, false, null, 9, false, null);
		assertThat(codes(RULES.checkDraft(unknownCodes))).containsExactlyInAnyOrder("industryCode:challenge.code.unknown",
				"disciplineCode:challenge.code.unknown", "regionCode:challenge.code.unknown",
				"eligibleTypes:challenge.eligibleTypes.unknown", "winnersMax:challenge.winners.range");
	}

	@Test
	void anIncompleteCallNamesEveryMissingField() {
		ChallengeContent empty = new ChallengeContent("t", null, null, null, null, null, false, null, EnumSet.noneOf(
				OrganisationType.class), null, true, null, null, null, null, false, List.of(), null, false, null);
		assertThat(codes(RULES.checkSubmission(empty, TODAY))).containsExactlyInAnyOrder("problem:validation.required",
				"targets:validation.required", "industryCode:validation.required", "bountyAmount:challenge.bounty.required",
				"eligibleTypes:challenge.eligibleTypes.required", "reviewMethod:validation.required",
				"winnersMax:validation.required", "criteria:challenge.criteria.required", "opensOn:validation.required",
				"closesOn:validation.required");
	}

	static Challenge applying() {
		Challenge c = ChallengeLifecycleTest.posted(TODAY, TODAY.plusDays(19));
		Clock clock = ChallengeLifecycleTest.at(TODAY, 10);
		c.advanceWindow(TODAY, clock);
		return c;
	}

	static OrganisationSummary org(long id, String name, OrganisationType type, String region, boolean verified) {
		return new OrganisationSummary(id, name, "x", type, false, region, verified);
	}

	@Test
	void eligibilityIsCheckedRuleByRule() {
		Challenge c = applying();
		OrganisationSummary university = org(2, "之江理工大学", OrganisationType.UNIVERSITY, "330106", true);
		assertThat(RULES.ineligibility(c, true, university, TODAY)).isNull();
		assertThat(RULES.ineligibility(c, false, university, TODAY)).isEqualTo(ChallengeRules.Ineligibility.ROLE);
		assertThat(RULES.ineligibility(c, true, org(2, "u", OrganisationType.UNIVERSITY, "330106", false), TODAY))
			.isEqualTo(ChallengeRules.Ineligibility.UNVERIFIED);
		assertThat(RULES.ineligibility(c, true, org(1, "云栖", OrganisationType.UNIVERSITY, "330106", true), TODAY))
			.isEqualTo(ChallengeRules.Ineligibility.OWN_CHALLENGE);
		assertThat(RULES.ineligibility(c, true, org(3, "institute", OrganisationType.INSTITUTE, "330106", true), TODAY))
			.isEqualTo(ChallengeRules.Ineligibility.TYPE);
		assertThat(RULES.ineligibility(c, true, university, TODAY.plusDays(20)))
			.isEqualTo(ChallengeRules.Ineligibility.WINDOW);
		assertThat(ChallengeRules.Ineligibility.WINDOW.refusal().kind())
			.isEqualTo(org.opentechmarket.platform.DomainException.Kind.CONFLICT);
	}

	@Test
	void aRegionLimitAdmitsTheAreaAndItsDistrictsOnly() {
		assertThat(RULES.within("330106", "330000")).isTrue();
		assertThat(RULES.within("330106", "330100")).isTrue();
		assertThat(RULES.within("330203", "330100")).isFalse();
		assertThat(RULES.within(null, "330000")).isFalse();
	}

	@Test
	void theLeadBelongsToTheApplicantAndMixedTeamsOnlyWhereAdmitted() {
		Challenge joint = applying();
		ApplicationContent team = new ApplicationContent("方案", null, List.of(
				new ApplicationContent.Member("陈立", "之江理工大学", "负责人"),
				new ApplicationContent.Member("王工", "杭州云栖智能装备有限公司", "企业工程师")));
		assertThat(RULES.checkApplication(team, joint, "之江理工大学")).isEmpty();

		Challenge own = ChallengeLifecycleTest.posted(TODAY, TODAY.plusDays(19));
		Clock clock = ChallengeLifecycleTest.at(TODAY, 9);
		ChallengeContent ownOnly = new ChallengeContent("t", "p", "x", "C", null, null, true, null,
				EnumSet.of(OrganisationType.UNIVERSITY), null, false, null, TODAY, TODAY.plusDays(19), ReviewMethod.DESK, true,
				criteria("a", "1"), 1, false, null);
		Challenge closedTeams = new Challenge(1L, "云栖", OrganisationType.ENTERPRISE, "e", null, clock);
		closedTeams.edit(ownOnly, "C", clock);
		assertThat(codes(RULES.checkApplication(team, closedTeams, "之江理工大学")))
			.containsExactly("team[1].organisation:challenge.team.jointNotAllowed");
		assertThat(own.isJointTeamsAllowed()).isTrue();

		ApplicationContent wrongLead = new ApplicationContent(" ", null, List.of(
				new ApplicationContent.Member("王工", "杭州云栖智能装备有限公司", null),
				new ApplicationContent.Member("", "之江理工大学", null)));
		assertThat(codes(RULES.checkApplication(wrongLead, joint, "之江理工大学"))).containsExactlyInAnyOrder(
				"proposal:validation.required", "team[0].organisation:challenge.team.leadFromApplicant",
				"team[1].name:validation.required");
		assertThat(codes(RULES.checkApplication(new ApplicationContent("p", null, List.of()), joint, "之江理工大学")))
			.containsExactly("team:challenge.team.required");
	}
}
