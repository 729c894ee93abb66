package org.opentechmarket.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.OfflineDeal;
import org.opentechmarket.broker.domain.PointEntry;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.broker.domain.Training;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The contribution points ledger: only verified source events pay, once each; corrections are new rows; rows never change. */
@PlatformTest
class BrokerLedgerIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BrokerService brokers;

	@Autowired
	RecordsService records;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	private BrokerFixtures fixtures;
	private CurrentUser admin;

	@BeforeEach
	void setUp() {
		fixtures = new BrokerFixtures(accounts, users, brokers, clock);
		admin = fixtures.user("demo-admin");
	}

	@Test
	void aTrainingPaysPointsOnlyWhenAnAdministratorVerifiesItAndOnlyOnce() throws Exception {
		CurrentUser broker = fixtures.newBroker("培训经纪人");
		mvc.perform(multipart("/broker/trainings")
				.file(new MockMultipartFile("file", "签到表.pdf", "application/pdf", Registrations.PDF))
				.param("title", "成果转化实务培训" + Registrations.unique())
				.param("givenOn", LocalDate.now(clock).minusDays(3).toString())
				.param("hours", "4.5")
				.param("audienceSize", "32")
				.with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "broker.training.recorded"));
		List<Training> trainings = records.trainingsOf(broker, broker.id());
		assertThat(trainings).hasSize(1);
		long trainingId = trainings.get(0).getId();
		// recorded, not verified: no points
		assertThat(brokers.ledgerOf(broker, broker.id())).isEmpty();

		// the broker cannot verify their own training
		mvc.perform(post("/admin/brokers/trainings/{id}", trainingId).param("verified", "true").with(user(broker)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/brokers/trainings/{id}", trainingId).param("verified", "true").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<PointEntry> ledger = brokers.ledgerOf(broker, broker.id());
		assertThat(ledger).singleElement().satisfies(e -> {
			assertThat(e.getSource()).isEqualTo(PointSource.TRAINING_GIVEN);
			assertThat(e.getSourceReference()).isEqualTo("training:" + trainingId);
			assertThat(e.getPoints()).isEqualByComparingTo("3");
		});
		// deciding again is refused and pays nothing
		mvc.perform(post("/admin/brokers/trainings/{id}", trainingId).param("verified", "true").with(user(admin)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(brokers.ledgerOf(broker, broker.id())).hasSize(1);
	}

	@Test
	void aRejectedDealPaysNothingAndAVerifiedDealPaysByAmountBand() {
		CurrentUser broker = fixtures.newBroker("成交经纪人");
		OfflineDeal rejected = record(broker, "1500000.00");
		tx.executeWithoutResult(s -> records.decideDeal(admin, rejected.getId(), false, "合同与付款凭证不符"));
		assertThat(brokers.ledgerOf(broker, broker.id())).isEmpty();

		OfflineDeal verified = record(broker, "5200000.00");
		tx.executeWithoutResult(s -> records.decideDeal(admin, verified.getId(), true, "已核验"));
		assertThat(brokers.ledgerOf(broker, broker.id())).singleElement().satisfies(e -> {
			assertThat(e.getSource()).isEqualTo(PointSource.DEAL_COMPLETED);
			assertThat(e.getSourceReference()).isEqualTo("offline-deal:" + verified.getId());
			assertThat(e.getAmount()).isEqualByComparingTo("5200000.00");
			assertThat(e.getPoints()).isEqualByComparingTo("30");
		});
	}

	@Test
	void pointsNeedASourceEventAndTheSameEventNeverPaysTwice() {
		CurrentUser broker = fixtures.newBroker("幂等经纪人");
		String reference = "match:" + Registrations.unique();
		assertThatThrownBy(() -> brokers.award(broker.id(), PointSource.MATCH_TALKS, " ", null))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> brokers.award(broker.id(), PointSource.DEAL_COMPLETED, "deal:x", null))
			.isInstanceOf(DomainException.class);
		assertThat(brokers.award(broker.id(), PointSource.MATCH_TALKS, reference, null)).isTrue();
		assertThat(brokers.award(broker.id(), PointSource.MATCH_TALKS, reference, null)).isFalse();
		assertThat(brokers.award(broker.id(), PointSource.MATCH_TALKS, " " + reference + " ", null)).isFalse();
		// the same reference under another source is another event
		assertThat(brokers.award(broker.id(), PointSource.CONTRACT_REGISTERED, reference, null)).isTrue();
		assertThat(brokers.ledgerOf(broker, broker.id())).hasSize(2);
		assertThat(brokers.totalPoints(broker.id())).isEqualByComparingTo("8");
		// the unique key holds in the database too, whatever the code does
		assertThatThrownBy(() -> jdbc.update("insert into broker_point_entries (id, broker_user_id, source, source_reference, "
				+ "points, accounting_year, recorded_at, recorded_by) values (nextval('broker_point_entries_seq'), ?, "
				+ "'MATCH_TALKS', ?, 3, 2026, now(), 'sql')", broker.id(), reference))
			.isInstanceOf(DataAccessException.class);
		// and there are no points without a source reference
		assertThatThrownBy(() -> jdbc.update("insert into broker_point_entries (id, broker_user_id, source, source_reference, "
				+ "points, accounting_year, recorded_at, recorded_by) values (nextval('broker_point_entries_seq'), ?, "
				+ "'MATCH_TALKS', '  ', 3, 2026, now(), 'sql')", broker.id()))
			.isInstanceOf(DataAccessException.class);
		assertThat(brokers.ledgerOf(broker, broker.id())).hasSize(2);
	}

	@Test
	void aCorrectionIsANewEntryThatReferencesTheCorrectedOneAndCarriesAReason() throws Exception {
		CurrentUser broker = fixtures.newBroker("更正经纪人");
		brokers.award(broker.id(), PointSource.CONTRACT_REGISTERED, "contract:" + Registrations.unique(), null);
		PointEntry original = brokers.ledgerOf(broker, broker.id()).get(0);

		// no reason: refused
		mvc.perform(post("/admin/brokers/points/correct").param("entryId", original.getId().toString())
				.param("broker", String.valueOf(broker.id())).param("points", "-5").with(user(admin)).with(csrf()))
			.andExpect(status().isBadRequest());
		// brokers cannot correct their own points
		mvc.perform(post("/admin/brokers/points/correct").param("entryId", original.getId().toString())
				.param("broker", String.valueOf(broker.id())).param("points", "10").param("reason", "自己加分")
				.with(user(broker)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/brokers/points/correct").param("entryId", original.getId().toString())
				.param("broker", String.valueOf(broker.id())).param("points", "-5").param("reason", "该合同登记已被撤销")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<PointEntry> ledger = brokers.ledgerOf(broker, broker.id());
		assertThat(ledger).hasSize(2);
		PointEntry unchanged = ledger.get(0);
		assertThat(unchanged.getId()).isEqualTo(original.getId());
		assertThat(unchanged.getPoints()).isEqualByComparingTo("5");
		PointEntry correction = ledger.get(1);
		assertThat(correction.getCorrectsEntryId()).isEqualTo(original.getId());
		assertThat(correction.getPoints()).isEqualByComparingTo("-5");
		assertThat(correction.getReason()).isEqualTo("该合同登记已被撤销");
		assertThat(correction.getSource()).isEqualTo(original.getSource());
		assertThat(correction.getAccountingYear()).isEqualTo(original.getAccountingYear());
		assertThat(brokers.totalPoints(broker.id())).isEqualByComparingTo("0");
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteLedgerRows() {
		CurrentUser broker = fixtures.newBroker("只增经纪人");
		brokers.award(broker.id(), PointSource.MATCH_TALKS, "match:" + Registrations.unique(), null);
		long id = brokers.ledgerOf(broker, broker.id()).get(0).getId();
		assertThatThrownBy(() -> jdbc.update("update broker_point_entries set points = 100 where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from broker_point_entries where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select points from broker_point_entries where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("3");
	}

	private OfflineDeal record(CurrentUser broker, String amount) {
		return tx.execute(s -> records.recordDeal(broker, "之江理工大学", "杭州云栖智能装备有限公司", null,
				LocalDate.now(clock).minusDays(10),
				new org.opentechmarket.broker.domain.DealTerms(new BigDecimal(amount), null, new BigDecimal("0.03"), null, null),
				new RecordsService.Upload("合同.pdf", Registrations.PDF.length,
						new java.io.ByteArrayInputStream(Registrations.PDF))));
	}
}
