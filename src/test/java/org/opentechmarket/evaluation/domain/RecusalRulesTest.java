package org.opentechmarket.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectType;

/** Each recusal rule on its own: it fires on its case, and not on the neighbouring case that must stay allowed. */
class RecusalRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
	private final RecusalRules rules = new RecusalRules(3, 3);

	/** An achievement of 之江理工大学 (org 20) completed with 东海研究所 (known by name), inventors 张明 and 李华. */
	private static final ReviewSubject SUBJECT = new ReviewSubject(ReviewSubjectType.ACHIEVEMENT, 1, "成果", "/achievements/1",
			Set.of(20L), Set.of("之江理工大学", "东海研究所"),
			List.of(new PersonRef("张明", "之江理工大学"), new PersonRef("李华", "东海研究所")), List.of("52020"), List.of("396"),
			Set.of(20L));

	private static ExpertFacts expert(String name, long orgId, String orgName, List<ExpertFacts.Job> jobs,
			List<ExpertFacts.Conflict> conflicts) {
		return new ExpertFacts(7, name, orgId, orgName, jobs, conflicts);
	}

	private List<RecusalRule> check(ExpertFacts e) {
		return check(e, CollaborationRecords.NONE);
	}

	private List<RecusalRule> check(ExpertFacts e, CollaborationRecords c) {
		return rules.check(e, SUBJECT, c, TODAY).stream().map(Exclusion::rule).toList();
	}

	@Test
	void sameOrganisationById() {
		assertThat(check(expert("王五", 20, "之江理工大学", List.of(), List.of()))).containsExactly(RecusalRule.SAME_ORGANISATION);
	}

	@Test
	void sameOrganisationByNameOfACompletingOrganisation() {
		assertThat(check(expert("王五", 99, "东海研究所", List.of(), List.of()))).containsExactly(RecusalRule.SAME_ORGANISATION);
	}

	@Test
	void otherOrganisationIsNotRecused() {
		assertThat(check(expert("王五", 99, "宁波海曙精密制造有限公司", List.of(), List.of()))).isEmpty();
	}

	@Test
	void inventorAtTheirCurrentOrganisationIsRecusedAsInventor() {
		List<Exclusion> found = rules.check(expert("张明", 20, "之江理工大学", List.of(), List.of()), SUBJECT,
				CollaborationRecords.NONE, TODAY);
		assertThat(found).extracting(Exclusion::rule)
			.containsExactly(RecusalRule.SAME_ORGANISATION, RecusalRule.INVENTOR_OR_APPLICANT);
		assertThat(found.get(1).detail()).contains("张明").contains("之江理工大学");
	}

	@Test
	void inventorWhoHasSinceMovedIsRecusedThroughThePastEmployer() {
		// 张明 now works elsewhere; his past employer is the inventor's organisation — long ago, so only the inventor rule fires
		ExpertFacts moved = expert("张明", 99, "杭州云栖智能装备有限公司",
				List.of(new ExpertFacts.Job(null, "之江理工大学", LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1))), List.of());
		assertThat(check(moved)).containsExactly(RecusalRule.INVENTOR_OR_APPLICANT);
	}

	@Test
	void sameNameAtAnotherOrganisationIsADifferentPerson() {
		assertThat(check(expert("张明", 99, "杭州云栖智能装备有限公司", List.of(), List.of()))).isEmpty();
	}

	@Test
	void formerEmployerWithinTheWindow() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司",
				List.of(new ExpertFacts.Job(20L, "之江理工大学", LocalDate.of(2015, 1, 1), TODAY.minusYears(3))), List.of());
		assertThat(check(e)).containsExactly(RecusalRule.FORMER_EMPLOYER);
	}

	@Test
	void formerEmployerLongerAgoThanTheWindowIsNotRecused() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司",
				List.of(new ExpertFacts.Job(20L, "之江理工大学", LocalDate.of(2015, 1, 1), TODAY.minusYears(3).minusDays(1))),
				List.of());
		assertThat(check(e)).isEmpty();
	}

	@Test
	void formerEmployerKnownOnlyByNameAndStillOngoing() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司",
				List.of(new ExpertFacts.Job(null, "东海研究所", LocalDate.of(2020, 1, 1), null)), List.of());
		assertThat(check(e)).containsExactly(RecusalRule.FORMER_EMPLOYER);
	}

	@Test
	void declaredConflictWithAPartyOrganisation() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司", List.of(),
				List.of(new ExpertFacts.Conflict(null, "东海研究所", null, "配偶任职")));
		List<Exclusion> found = rules.check(e, SUBJECT, CollaborationRecords.NONE, TODAY);
		assertThat(found).extracting(Exclusion::rule).containsExactly(RecusalRule.DECLARED_CONFLICT);
		assertThat(found.get(0).detail()).contains("配偶任职");
	}

	@Test
	void declaredConflictWithASubjectPerson() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司", List.of(),
				List.of(new ExpertFacts.Conflict(null, "", "李华", "师生关系")));
		assertThat(check(e)).containsExactly(RecusalRule.DECLARED_CONFLICT);
	}

	@Test
	void declaredConflictWithSomeoneElseDoesNotCount() {
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司", List.of(),
				List.of(new ExpertFacts.Conflict(null, "温州瓯江生物医药有限公司", null, "亲属"),
						new ExpertFacts.Conflict(null, "其他大学", "李华", "同名不同人")));
		assertThat(check(e)).isEmpty();
	}

	@Test
	void coInventorWithinTheWindow() {
		PersonRef me = new PersonRef("王五", "杭州云栖智能装备有限公司");
		CollaborationRecords records = (person, since) -> person.sameAs(me) && !since.isAfter(TODAY.minusYears(3))
				? Set.of(new PersonRef("李华", "东海研究所")) : Set.of();
		assertThat(check(expert("王五", 99, "杭州云栖智能装备有限公司", List.of(), List.of()), records))
			.containsExactly(RecusalRule.CO_INVENTOR);
	}

	@Test
	void coInventorRecordsAskedForTheConfiguredWindowOnly() {
		PersonRef me = new PersonRef("王五", "杭州云栖智能装备有限公司");
		// the collaboration happened 4 years ago: a source answering honestly returns nobody for a 3-year window
		CollaborationRecords records = (person, since) -> person.sameAs(me) && since.isBefore(TODAY.minusYears(4))
				? Set.of(new PersonRef("李华", "东海研究所")) : Set.of();
		assertThat(check(expert("王五", 99, "杭州云栖智能装备有限公司", List.of(), List.of()), records)).isEmpty();
		assertThat(new RecusalRules(3, 5).check(expert("王五", 99, "杭州云栖智能装备有限公司", List.of(), List.of()), SUBJECT,
				records, TODAY)).extracting(Exclusion::rule).containsExactly(RecusalRule.CO_INVENTOR);
	}

	@Test
	void coInventorUnderAPastEmployerCounts() {
		PersonRef past = new PersonRef("王五", "旧单位");
		CollaborationRecords records = (person, since) -> person.sameAs(past) ? Set.of(new PersonRef("张明", "之江理工大学"))
				: Set.of();
		ExpertFacts e = expert("王五", 99, "杭州云栖智能装备有限公司",
				List.of(new ExpertFacts.Job(null, "旧单位", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1))), List.of());
		assertThat(check(e, records)).containsExactly(RecusalRule.CO_INVENTOR);
	}

	@Test
	void coInventorOfSomeoneNotOnTheSubjectDoesNotCount() {
		CollaborationRecords records = (person, since) -> Set.of(new PersonRef("赵六", "之江理工大学"));
		assertThat(check(expert("王五", 99, "杭州云栖智能装备有限公司", List.of(), List.of()), records)).isEmpty();
	}
}
