package org.opentechmarket.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.PointSource;
import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.ProfileContent;
import org.opentechmarket.contract.DealFacts;
import org.opentechmarket.contract.DealRecords;
import org.opentechmarket.institution.RankingSource;
import org.opentechmarket.institution.RankingTerm;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.MemberForm;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deal from agreement to completion through the API: plan, contract, signature, payments never applied twice, completion
 * marking the achievement converted, brokers' points and ranking, the contract registration pre-fill, and who may see it.
 */
@PlatformTest
class DealLifecycleIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService achievementService;
	@Autowired
	Deals deals;
	@Autowired
	Deposits deposits;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	AccountService accounts;
	@Autowired
	BrokerService brokerService;
	@Autowired
	List<DealRecords> dealRecords;
	@Autowired
	List<RankingSource> rankingSources;

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	TradingApi api() {
		return new TradingApi(mvc);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	long freshDeal(String title, String price, String depositAmount) throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise");
		long achievement = Registrations.publish(mvc, seller,
				Registrations.appliedJson(title + Registrations.unique(), Registrations.patentNumber()), clock,
				achievementService);
		long origin = TradingFixtures.uniqueId();
		List<Long> applied = List.of();
		if (depositAmount != null) {
			DepositView deposit = deposits.require(new DepositSubject("auction", origin), buyer.organisationId(),
					new BigDecimal(depositAmount));
			deposits.confirm(deposit.id(), fx().user("demo-admin"), "DEP-" + origin);
			applied = List.of(deposit.id());
		}
		List<Long> ids = applied;
		return tx.execute(s -> deals.agree(new DealProposal(DealOrigin.AUCTION, origin, achievement,
				seller.organisationId(), buyer.organisationId(), TradeTerms.transfer(), new BigDecimal(price), ids)));
	}

	ResultActions upload(String username, long deal, String kind) throws Exception {
		return mvc.perform(multipart("/api/v1/deals/{id}/documents", deal)
			.file(new MockMultipartFile("file", "技术转让合同.pdf", "application/pdf", Registrations.PDF))
			.param("kind", kind)
			.with(httpBasic(username, TradingApi.PASSWORD)));
	}

	ResultActions pay(String username, long deal, String amount, String reference, boolean withEvidence) throws Exception {
		var request = multipart("/api/v1/deals/{id}/payments", deal)
			.param("amount", amount).param("paidOn", today().toString()).param("bankReference", reference)
			.with(httpBasic(username, TradingApi.PASSWORD));
		if (withEvidence) {
			request.file(new MockMultipartFile("file", "回单.pdf", "application/pdf", Registrations.PDF));
		}
		return mvc.perform(request);
	}

	ResultActions putPlan(String username, long deal, String json) throws Exception {
		return mvc.perform(put("/api/v1/deals/{id}/plan", deal).with(httpBasic(username, TradingApi.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aDealIsSignedPaidInInstalmentsOnceEachAndCompletedMarkingTheAchievementConverted() throws Exception {
		long deal = freshDeal("分期付款转让的成果", "200000", "50000");
		CurrentUser broker = newBroker();
		long attachment = ((Number) TradingApi.read(api().post("demo-enterprise", "/api/v1/deals/{id}/brokers",
				"{\"brokerUserId\": %d}".formatted(broker.id()), deal).andExpect(status().isCreated()),
				"$.attachmentId")).longValue();
		assertThat(attachment).isEqualTo(attachmentOf(broker, deal));
		brokerService.decide(broker, attachment, true);
		long transferInstitution = broker.organisationId();
		Map<Long, BigDecimal> dealsBefore = ranking(RankingTerm.DEALS_IN_REGION);
		Map<Long, BigDecimal> amountBefore = ranking(RankingTerm.DEAL_AMOUNT);

		api().get("demo-enterprise", "/api/v1/deals/{id}", deal)
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.paid").value("50000.00"))
			.andExpect(jsonPath("$.appliedDeposits[0].amount").value("50000.00"))
			.andExpect(jsonPath("$.brokers[0].brokerUserId").value((int) broker.id()));

		// the plan: instalments must sum exactly to the price
		putPlan("demo-institution", deal, TradingApi.instalments(today().plusMonths(1), "120000", "70000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plan.instalments"));
		putPlan("demo-institution", deal, TradingApi.instalments(today().plusMonths(1), "120000", "80000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.instalments.length()").value(2));

		// signing needs the signed contract, on a day not in the future
		api().post("demo-enterprise", "/api/v1/deals/{id}/signature", "{\"signedOn\": \"%s\"}".formatted(today()), deal)
			.andExpect(status().isConflict());
		upload("demo-institution", deal, "CONTRACT").andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").isNotEmpty());
		api().post("demo-enterprise", "/api/v1/deals/{id}/signature", "{\"signedOn\": \"%s\"}"
			.formatted(today().plusDays(1)), deal).andExpect(status().isBadRequest());
		api().post("demo-enterprise", "/api/v1/deals/{id}/signature", "{\"signedOn\": \"%s\"}".formatted(today()), deal)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
		putPlan("demo-institution", deal, TradingApi.lumpSum(today())).andExpect(status().isConflict());

		// the contract registration can now be pre-filled by the seller, not by the buyer
		DealRecords trading = dealRecords.stream().filter(r -> r.source().equals("trading")).findFirst().orElseThrow();
		DealFacts facts = trading.find(deal, fx().user("demo-institution")).orElseThrow();
		assertThat(facts.contractAmount()).isEqualByComparingTo("200000.00");
		assertThat(facts.signedOn()).isEqualTo(today());
		assertThat(facts.reference()).isEqualTo("trading:" + deal);
		assertThat(trading.find(deal, fx().user("demo-enterprise"))).isEmpty();
		assertThat(trading.dealsOf(fx().user("demo-institution"))).extracting(DealFacts::dealId).contains(deal);
		mvc.perform(get("/contracts/new").param("deal", "trading:" + deal).with(user(fx().user("demo-institution"))))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("200000")));

		// payments: buyer records with evidence; the seller confirms; a bank reference counts once
		pay("demo-institution", deal, "100000", "ICBC-A1", true).andExpect(status().isForbidden());
		pay("demo-enterprise", deal, "100000", "ICBC-A1", false).andExpect(status().isBadRequest());
		long first = TradingApi.id(pay("demo-enterprise", deal, "100000", "ICBC-A1", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECORDED")));
		pay("demo-enterprise", deal, "100000.00", "icbc-a1", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value((int) first));
		pay("demo-enterprise", deal, "99999", "ICBC-A1", true).andExpect(status().isConflict());
		// 200,000 − 50,000 deposit − 100,000 awaiting confirmation = 50,000 left
		pay("demo-enterprise", deal, "50000.01", "ICBC-A2", true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("payment.exceedsOutstanding"));
		assertThat(jdbc.queryForObject("select count(*) from deal_payments where deal_id = ?", Integer.class, deal))
			.isEqualTo(1);

		api().post("demo-enterprise", "/api/v1/deals/{id}/payments/{p}/confirmation", "{}", deal, first)
			.andExpect(status().isForbidden());
		List<Integer> statuses = DepositsIT.inParallel(3, () -> api()
			.post("demo-institution", "/api/v1/deals/{id}/payments/{p}/confirmation", "{}", deal, first)
			.andReturn().getResponse().getStatus());
		assertThat(statuses).containsOnly(200);
		assertThat(fx().audits("payment.confirm", "deal", deal)).isEqualTo(1);
		api().get("demo-institution", "/api/v1/deals/{id}", deal)
			.andExpect(jsonPath("$.status").value("IN_PAYMENT"))
			.andExpect(jsonPath("$.paid").value("150000.00"))
			.andExpect(jsonPath("$.outstanding").value("50000.00"));
		api().get("demo-enterprise", "/api/v1/achievements/{id}", achievementOf(deal)).andExpect(jsonPath("$.status")
			.value("PUBLISHED"));

		long second = TradingApi.id(pay("demo-enterprise", deal, "50000", "ICBC-A2", true).andExpect(status().isCreated()));
		api().post("demo-institution", "/api/v1/deals/{id}/payments/{p}/confirmation", "{}", deal, second)
			.andExpect(status().isOk());
		api().get("demo-enterprise", "/api/v1/deals/{id}", deal)
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.outstanding").value("0.00"));
		api().get(null, "/api/v1/achievements/{id}", achievementOf(deal)).andExpect(jsonPath("$.status").value("CONVERTED"));
		assertThat(fx().audits("achievement.converted", "achievement", achievementOf(deal))).isEqualTo(1);
		// nothing more moves money on a completed deal; a retried confirmation is still a no-op
		pay("demo-enterprise", deal, "1", "ICBC-A3", true).andExpect(status().isConflict());
		api().post("demo-institution", "/api/v1/deals/{id}/payments/{p}/confirmation", "{}", deal, second)
			.andExpect(status().isOk());
		assertThat(fx().audits("deal.complete", "deal", deal)).isEqualTo(1);

		// the broker earned DEAL_COMPLETED points once; the transfer institution's ranking terms moved by this deal
		assertThat(brokerService.ledgerOf(fx().user("demo-admin"), broker.id()))
			.filteredOn(e -> e.getSource() == PointSource.DEAL_COMPLETED)
			.singleElement()
			.satisfies(e -> assertThat(e.getSourceReference()).isEqualTo("trading:" + deal));
		assertThat(ranking(RankingTerm.DEALS_IN_REGION).getOrDefault(transferInstitution, BigDecimal.ZERO)
			.subtract(dealsBefore.getOrDefault(transferInstitution, BigDecimal.ZERO))).isEqualByComparingTo("1");
		assertThat(ranking(RankingTerm.DEAL_AMOUNT).getOrDefault(transferInstitution, BigDecimal.ZERO)
			.subtract(amountBefore.getOrDefault(transferInstitution, BigDecimal.ZERO))).isEqualByComparingTo("200000");
	}

	@Test
	void aRoyaltyDealCompletesByTheSellersActAfterTheEntryFee() throws Exception {
		long deal = freshDeal("入门费加提成许可的成果", "500000", null);
		putPlan("demo-enterprise", deal, """
				{"kind": "ENTRY_FEE_ROYALTY", "entryFee": "100000", "dueDate": "%s", "royaltyRate": "3.5",
				 "royaltyBase": "产品年销售收入"}""".formatted(today().plusDays(30)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.plan.royaltyRate").value("3.5"));
		upload("demo-enterprise", deal, "CONTRACT").andExpect(status().isCreated());
		api().post("demo-institution", "/api/v1/deals/{id}/signature", "{\"signedOn\": \"%s\"}".formatted(today()), deal)
			.andExpect(status().isOk());
		api().post("demo-institution", "/api/v1/deals/{id}/completion", "{}", deal).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:deal.entryFeeUnpaid"));
		long fee = TradingApi.id(pay("demo-enterprise", deal, "100000", "CCB-FEE-" + deal, true));
		api().post("demo-institution", "/api/v1/deals/{id}/payments/{p}/confirmation", "{}", deal, fee)
			.andExpect(status().isOk());
		// a royalty plan has no fixed total: it does not complete by itself
		api().get("demo-institution", "/api/v1/deals/{id}", deal).andExpect(jsonPath("$.status").value("IN_PAYMENT"));
		api().post("demo-enterprise", "/api/v1/deals/{id}/completion", "{}", deal).andExpect(status().isForbidden());
		api().post("demo-institution", "/api/v1/deals/{id}/completion", "{}", deal).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		api().get(null, "/api/v1/achievements/{id}", achievementOf(deal)).andExpect(jsonPath("$.status").value("CONVERTED"));
	}

	@Test
	void onlyThePartiesSeeADealAndATerminationNeedsAReason() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		long origin = TradingFixtures.uniqueId();
		long deal = tx.execute(s -> deals.agree(new DealProposal(DealOrigin.LISTING, origin, fx().achievementOf(seller),
				seller.organisationId(), fx().user("demo-enterprise2").organisationId(), TradeTerms.transfer(),
				new BigDecimal("12345.60"), List.of())));
		for (String outsider : List.of("demo-enterprise3", "demo-expert1", "demo-broker", "demo-institution2")) {
			api().get(outsider, "/api/v1/deals/{id}", deal).andExpect(status().isNotFound());
			putPlan(outsider, deal, TradingApi.lumpSum(today())).andExpect(status().isNotFound());
			api().post(outsider, "/api/v1/deals/{id}/termination", "{\"reason\": \"x\"}", deal)
				.andExpect(status().isNotFound());
			mvc.perform(get("/deals/{id}", deal).with(user(fx().user(outsider)))).andExpect(status().isNotFound());
		}
		api().get("demo-admin", "/api/v1/deals/{id}", deal).andExpect(status().isOk())
			.andExpect(jsonPath("$.price").value("12345.60"));
		mvc.perform(get("/deals/{id}", deal).with(user(fx().user("demo-enterprise2")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("12,345.60")));
		mvc.perform(get("/deals").with(user(fx().user("demo-enterprise2")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("deal-" + deal)));
		mvc.perform(get("/admin/deals").with(user(fx().user("demo-admin")))).andExpect(status().isOk());
		mvc.perform(get("/admin/deals").with(user(fx().user("demo-enterprise2")))).andExpect(status().isForbidden());

		api().post("demo-enterprise2", "/api/v1/deals/{id}/termination", "{\"reason\": \" \"}", deal)
			.andExpect(status().isBadRequest());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/deals/{id}/terminate", deal)
				.param("reason", "买方放弃").with(user(fx().user("demo-enterprise2"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		api().get("demo-institution", "/api/v1/deals/{id}", deal)
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.terminationReason").value("买方放弃"));
		assertThat(deals.find(deal).orElseThrow().status()).isEqualTo(DealStatus.TERMINATED);
	}

	private long achievementOf(long deal) {
		return deals.find(deal).orElseThrow().achievementId();
	}

	private long attachmentOf(CurrentUser broker, long deal) {
		return jdbc.queryForObject("select id from broker_attachments where broker_user_id = ? and subject_type = 'DEAL' "
				+ "and subject_id = ?", Long.class, broker.id(), deal);
	}

	private Map<Long, BigDecimal> ranking(RankingTerm term) {
		return rankingSources.stream().filter(s -> s.term() == term).findFirst().orElseThrow()
			.valuesFor(Year.now(clock));
	}

	private CurrentUser newBroker() {
		MemberForm form = new MemberForm();
		String username = "deal-broker-" + Registrations.unique();
		form.setUsername(username);
		form.setPassword("broker-test-pass-1");
		form.setDisplayName("成交经纪人");
		form.setEmail(username + "@example.org");
		form.setRoles(EnumSet.of(Role.BROKER));
		accounts.addMember(fx().user("demo-broker"), form);
		CurrentUser broker = fx().user(username);
		brokerService.saveProfile(broker, new ProfileContent(BrokerGrade.INTERMEDIATE, "CERT-" + username, "成交经纪人简介",
				Set.of("520"), Set.of("C"), Set.of("330000"), Set.of("中文")));
		return broker;
	}
}
