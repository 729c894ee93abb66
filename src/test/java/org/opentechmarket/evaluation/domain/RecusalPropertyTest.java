package org.opentechmarket.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectType;

/**
 * Property: for random pools (0–60 experts) with random conflicts of every kind, the planner plus the draw never picks a
 * conflicted or ineligible expert, whatever the pool size and the panel size. Seeded generator loop (jqwik is not on the
 * build's test classpath); a failure names its case seed so it can be replayed.
 */
class RecusalPropertyTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
	private static final String[] ORGS = { "之江理工大学", "钱塘新材料研究院", "东海海洋大学", "宁波海曙精密制造有限公司", "浙江技术转移中心",
			"杭州云栖智能装备有限公司", "温州瓯江生物医药有限公司" };
	private static final String[] NAMES = { "张明", "李华", "王磊", "陈静", "刘洋", "赵倩", "孙伟", "周敏" };

	@Test
	void noDrawnExpertIsEverConflicted() {
		RecusalRules rules = new RecusalRules(3, 3);
		SplittableRandom master = new SplittableRandom(20261121L);
		int cases = 3000;
		int drawnTotal = 0;
		int excludedTotal = 0;
		for (int c = 0; c < cases; c++) {
			long caseSeed = master.nextLong();
			SplittableRandom r = new SplittableRandom(caseSeed);
			ReviewSubject subject = subject(r);
			Set<PersonRef> coInventorPairs = new HashSet<>();
			List<PanelPlanner.PoolExpert> pool = new ArrayList<>();
			int size = r.nextInt(61);
			for (int i = 0; i < size; i++) {
				pool.add(expert(r, 1000 + i * 7L, subject, coInventorPairs));
			}
			CollaborationRecords collaborations = (person, since) -> coInventorPairs.stream()
				.anyMatch(p -> p.sameAs(person)) && !since.isAfter(TODAY.minusYears(3)) ? new HashSet<>(subject.persons()) : Set.of();
			PanelPlanner.Plan plan = PanelPlanner.plan(pool, subject, rules, collaborations, TODAY);
			int needed = 1 + r.nextInt(8);
			List<Long> drawn = PanelDraw.draw(PanelDraw.newSeed(r), plan.snapshot(), needed);
			assertThat(drawn).as("case seed %d: panel size", caseSeed).hasSize(Math.min(needed, plan.candidates().size()));
			assertThat(new HashSet<>(drawn)).as("case seed %d: distinct", caseSeed).hasSize(drawn.size());
			for (Long id : drawn) {
				PanelPlanner.PoolExpert e = pool.stream().filter(x -> x.facts().userId() == id).findFirst().orElseThrow();
				assertThat(rules.check(e.facts(), subject, collaborations, TODAY))
					.as("case seed %d: drawn expert %d is conflicted", caseSeed, id)
					.isEmpty();
				assertThat(e.status() == ExpertStatus.ACTIVE && e.enabled() && e.available() && !e.onPanel())
					.as("case seed %d: drawn expert %d is ineligible", caseSeed, id)
					.isTrue();
			}
			drawnTotal += drawn.size();
			excludedTotal += plan.excludedExperts();
		}
		// the generator really produces both sides (otherwise the property would hold vacuously)
		assertThat(drawnTotal).isGreaterThan(cases);
		assertThat(excludedTotal).isGreaterThan(cases);
	}

	private static ReviewSubject subject(SplittableRandom r) {
		Set<String> parties = new LinkedHashSet<>();
		parties.add(ORGS[r.nextInt(ORGS.length)]);
		if (r.nextBoolean()) {
			parties.add(ORGS[r.nextInt(ORGS.length)]);
		}
		List<PersonRef> persons = new ArrayList<>();
		for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
			persons.add(new PersonRef(NAMES[r.nextInt(NAMES.length)], parties.iterator().next()));
		}
		Set<Long> ids = new HashSet<>();
		for (String p : parties) {
			ids.add((long) indexOf(p));
		}
		return new ReviewSubject(ReviewSubjectType.ACHIEVEMENT, 1, "t", "/t", ids, parties, persons, List.of("52020"),
				List.of("396"), ids);
	}

	private static int indexOf(String org) {
		for (int i = 0; i < ORGS.length; i++) {
			if (ORGS[i].equals(org)) {
				return i;
			}
		}
		return -1;
	}

	private static PanelPlanner.PoolExpert expert(SplittableRandom r, long id, ReviewSubject subject,
			Set<PersonRef> coInventors) {
		int org = r.nextInt(ORGS.length);
		String name = r.nextInt(4) == 0 ? NAMES[r.nextInt(NAMES.length)] : "专家" + id;
		List<ExpertFacts.Job> jobs = new ArrayList<>();
		if (r.nextInt(3) == 0) {
			LocalDate to = r.nextBoolean() ? null : TODAY.minusDays(r.nextInt(2500));
			jobs.add(new ExpertFacts.Job(r.nextBoolean() ? null : (long) r.nextInt(ORGS.length), ORGS[r.nextInt(ORGS.length)],
					LocalDate.of(2005, 1, 1), to));
		}
		List<ExpertFacts.Conflict> conflicts = new ArrayList<>();
		if (r.nextInt(4) == 0) {
			conflicts.add(r.nextBoolean() ? new ExpertFacts.Conflict(null, ORGS[r.nextInt(ORGS.length)], null, "r")
					: new ExpertFacts.Conflict(null, null, NAMES[r.nextInt(NAMES.length)], "r"));
		}
		ExpertFacts facts = new ExpertFacts(id, name, (long) org, ORGS[org], jobs, conflicts);
		if (r.nextInt(5) == 0) {
			coInventors.add(new PersonRef(name, ORGS[org]));
		}
		ExpertStatus status = r.nextInt(8) == 0 ? ExpertStatus.SUSPENDED : r.nextInt(10) == 0 ? ExpertStatus.RETIRED
				: ExpertStatus.ACTIVE;
		return new PanelPlanner.PoolExpert(facts, "u" + id, status, r.nextInt(20) != 0, r.nextInt(10) != 0, null,
				r.nextInt(10) == 0, 1 + r.nextInt(3), r.nextInt(5));
	}
}
