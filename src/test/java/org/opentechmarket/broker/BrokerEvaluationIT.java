package org.opentechmarket.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.BrokerStatus;
import org.opentechmarket.broker.domain.Evaluation;
import org.opentechmarket.broker.domain.EvaluationService;
import org.opentechmarket.broker.domain.SuspensionNotice;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly evaluation and dynamic exit. Each test makes a broker "joined" in its own past years (the clock is put back for
 * the profile), so the evaluations of those years concern only that broker and the brokers of earlier tests.
 */
@PlatformTest
class BrokerEvaluationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BrokerService brokers;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	AchievementService achievements;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private BrokerFixtures fixtures;
	private CurrentUser admin;

	@BeforeEach
	void setUp() {
		fixtures = new BrokerFixtures(accounts, users, brokers, clock);
		admin = fixtures.user("demo-admin");
	}

	@Test
	void twoFailedYearsBringANoticeTheBrokerAppealsAndAnAdministratorUpholdsIt() throws Exception {
		CurrentUser broker = fixtures.newBrokerAt(Instant.parse("2011-03-01T02:00:00Z"), "申诉被驳回的经纪人");
		evaluate(2011);
		assertThat(evaluations.noticesOf(broker, broker.id())).isEmpty();
		Evaluation first = evaluations.evaluationsOf(broker.id()).get(0);
		assertThat(first.isFinalResult()).isTrue();
		assertThat(first.isPassed()).isFalse();
		// no points, no deals, no ratings source: 20 × 0.5
		assertThat(first.getScore()).isEqualByComparingTo("10.00");

		evaluate(2012);
		SuspensionNotice notice = evaluations.noticesOf(broker, broker.id()).get(0);
		assertThat(notice.getYear()).isEqualTo(2012);
		assertThat(notice.getStatus()).isEqualTo(SuspensionNotice.Status.ISSUED);
		assertThat(notice.getAppealDeadline()).isEqualTo(notice.getIssuedAt().plus(Duration.ofDays(15)));
		assertThat(BrokerFixtures.inboxKeys(jdbc, broker.id())).contains("broker.inbox.suspensionNotice");

		// re-running a finished year replaces nothing and issues no second notice
		Instant evaluatedAt = evaluations.evaluationsOf(broker.id()).get(0).getEvaluatedAt();
		evaluate(2012);
		assertThat(evaluations.evaluationsOf(broker.id())).hasSize(2);
		assertThat(evaluations.evaluationsOf(broker.id()).get(0).getEvaluatedAt()).isEqualTo(evaluatedAt);
		assertThat(evaluations.noticesOf(broker, broker.id())).hasSize(1);

		// someone else cannot appeal for the broker
		mvc.perform(post("/broker/notices/{id}/appeal", notice.getId()).param("appeal", "替别人申诉的一段足够长的文字")
				.with(user(fixtures.user("demo-broker"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/broker/notices/{id}/appeal", notice.getId())
				.param("appeal", "两年间主要承担机构内部培训工作，相关材料已提交，请求复核。").with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// the job leaves an appealed notice alone, even after the window
		clock.advance(Duration.ofDays(16));
		evaluations.suspendLapsed();
		assertThat(brokers.profileOf(broker.id()).orElseThrow().getStatus()).isEqualTo(BrokerStatus.ACTIVE);

		mvc.perform(post("/admin/brokers/notices/{id}", notice.getId()).param("uphold", "true").param("note", "材料不足以说明")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(brokers.profileOf(broker.id()).orElseThrow().getStatus()).isEqualTo(BrokerStatus.SUSPENDED);
		assertThat(evaluations.noticesOf(broker, broker.id()).get(0).getStatus()).isEqualTo(SuspensionNotice.Status.UPHELD);
		assertThat(BrokerFixtures.inboxKeys(jdbc, broker.id())).contains("broker.inbox.suspended");
	}

	@Test
	void aGrantedAppealKeepsTheBrokerActive() throws Exception {
		CurrentUser broker = fixtures.newBrokerAt(Instant.parse("2013-02-01T02:00:00Z"), "申诉成立的经纪人");
		evaluate(2013);
		evaluate(2014);
		SuspensionNotice notice = evaluations.noticesOf(broker, broker.id()).get(0);
		mvc.perform(post("/broker/notices/{id}/appeal", notice.getId()).param("appeal", "短").with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(evaluations.noticesOf(broker, broker.id()).get(0).getStatus()).isEqualTo(SuspensionNotice.Status.ISSUED);
		mvc.perform(post("/broker/notices/{id}/appeal", notice.getId())
				.param("appeal", "2014 年因病休假半年，附医院证明，请求免于暂停。").with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/brokers/notices/{id}", notice.getId()).param("uphold", "false").param("note", "情况属实")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(brokers.profileOf(broker.id()).orElseThrow().getStatus()).isEqualTo(BrokerStatus.ACTIVE);
		assertThat(evaluations.noticesOf(broker, broker.id()).get(0).getStatus()).isEqualTo(SuspensionNotice.Status.GRANTED);
	}

	@Test
	void withoutAnAppealTheJobSuspendsTheBrokerOnceTheWindowIsOver() throws Exception {
		CurrentUser broker = fixtures.newBrokerAt(Instant.parse("2015-05-01T02:00:00Z"), "未申诉的经纪人");
		evaluate(2015);
		evaluate(2016);
		SuspensionNotice notice = evaluations.noticesOf(broker, broker.id()).get(0);
		clock.advance(Duration.ofDays(14));
		evaluations.suspendLapsed();
		assertThat(brokers.profileOf(broker.id()).orElseThrow().getStatus()).isEqualTo(BrokerStatus.ACTIVE);

		clock.advance(Duration.ofDays(2));
		assertThat(evaluations.suspendLapsed()).isPositive();
		assertThat(brokers.profileOf(broker.id()).orElseThrow().getStatus()).isEqualTo(BrokerStatus.SUSPENDED);
		assertThat(evaluations.noticesOf(broker, broker.id()).get(0).getStatus()).isEqualTo(SuspensionNotice.Status.LAPSED);
		// idempotent: a second run changes nothing
		evaluations.suspendLapsed();
		assertThat(brokers.historyOf(broker.id())).extracting(h -> h.getToStatus().name())
			.containsExactly("ACTIVE", "SUSPENDED");
		// too late to appeal now
		mvc.perform(post("/broker/notices/{id}/appeal", notice.getId())
				.param("appeal", "逾期提交的申诉材料，请求复核。").with(user(broker)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void theRunningYearIsProvisionalAndIsRecomputedIssuingNoNotice() throws Exception {
		CurrentUser broker = fixtures.newBroker("本年度经纪人");
		int year = LocalDate.now(clock).getYear();
		evaluate(year);
		Evaluation before = evaluations.evaluationsOf(broker.id()).get(0);
		assertThat(before.isFinalResult()).isFalse();
		brokers.award(broker.id(), PointSource.CONTRACT_REGISTERED, "contract:" + Registrations.unique(), null);
		evaluate(year);
		Evaluation after = evaluations.evaluationsOf(broker.id()).get(0);
		assertThat(after.getPoints()).isEqualByComparingTo("5");
		assertThat(after.getScore()).isEqualByComparingTo(before.getScore().add(new java.math.BigDecimal("5")));
		assertThat(evaluations.noticesOf(broker, broker.id())).isEmpty();
		// a future year cannot be evaluated
		mvc.perform(post("/admin/brokers/evaluate").param("year", String.valueOf(year + 1)).with(user(admin)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	private void evaluate(int year) throws Exception {
		mvc.perform(post("/admin/brokers/evaluate").param("year", String.valueOf(year)).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
