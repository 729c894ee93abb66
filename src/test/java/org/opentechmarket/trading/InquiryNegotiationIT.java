package org.opentechmarket.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Inquiry and negotiation: threads, offers, counters, validity, acceptance, and who may see what. */
@PlatformTest
class InquiryNegotiationIT {

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

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	TradingApi api() {
		return new TradingApi(mvc);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void aCounterOfferAcceptedByANonStateSellerBecomesADealAtOnceWithThePlanAgreed() throws Exception {
		CurrentUser seller = fx().user("demo-enterprise2");
		long achievement = Registrations.publish(mvc, seller,
				Registrations.appliedJson("企业持有的议价成果" + Registrations.unique(), Registrations.patentNumber()), clock,
				achievementService);
		ResultActions opened = api().post("demo-enterprise", "/api/v1/inquiries",
				"{\"achievementId\": %d, \"message\": \"请问许可费用？\"}".formatted(achievement))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.yourSide").value("BUYER"))
			.andExpect(jsonPath("$.messages[0].body").value("请问许可费用？"));
		long inquiry = TradingApi.id(opened);
		// asking again continues the same thread
		api().post("demo-enterprise", "/api/v1/inquiries", "{\"achievementId\": %d, \"message\": \"补充：需要普通许可\"}"
			.formatted(achievement)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value((int) inquiry))
			.andExpect(jsonPath("$.messages.length()").value(2));

		long first = TradingApi.id(api().post("demo-enterprise2", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("500000", TradingApi.lumpSum(today().plusMonths(1)), today().plusDays(10)), inquiry)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.price").value("500000.00"))
			.andExpect(jsonPath("$.side").value("SELLER"))
			.andExpect(jsonPath("$.acceptable").value(true)));
		// the seller cannot accept its own offer
		api().post("demo-enterprise2", "/api/v1/offers/{id}/acceptance", "{}", first).andExpect(status().isConflict());

		long counter = TradingApi.id(api().post("demo-enterprise", "/api/v1/offers/{id}/counter",
				TradingApi.offer("420000.50", TradingApi.instalments(today().plusMonths(1), "200000", "220000.50"),
						today().plusDays(5)), first)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.counterOf").value((int) first)));
		api().get("demo-enterprise", "/api/v1/offers/{id}", first).andExpect(jsonPath("$.status").value("COUNTERED"));
		// a countered offer is no longer open: accepting it is a conflict
		api().post("demo-enterprise", "/api/v1/offers/{id}/acceptance", "{}", first).andExpect(status().isConflict());
		api().post("demo-enterprise", "/api/v1/offers/{id}/counter",
				TradingApi.offer("1", TradingApi.lumpSum(today()), today()), first).andExpect(status().isConflict());

		ResultActions accepted = api().post("demo-enterprise2", "/api/v1/offers/{id}/acceptance", "{}", counter)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.publicNotice").value(false));
		long dealId = ((Number) TradingApi.read(accepted, "$.dealId")).longValue();
		long agreementId = TradingApi.id(accepted);
		// accepting again is the same acceptance
		api().post("demo-enterprise2", "/api/v1/offers/{id}/acceptance", "{}", counter)
			.andExpect(jsonPath("$.id").value((int) agreementId));

		DealSummary deal = deals.findByOrigin(DealOrigin.NEGOTIATION, agreementId).orElseThrow();
		assertThat(deal.id()).isEqualTo(dealId);
		assertThat(deal.price()).isEqualByComparingTo("420000.50");
		assertThat(deal.buyerOrganisationId()).isEqualTo(fx().user("demo-enterprise").organisationId());
		api().get("demo-enterprise", "/api/v1/deals/{id}", dealId)
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.plan.kind").value("INSTALMENTS"))
			.andExpect(jsonPath("$.plan.instalments[1].amount").value("220000.50"))
			.andExpect(jsonPath("$.licenceMode").value("ORDINARY"));
		api().get("demo-enterprise", "/api/v1/inquiries/{id}", inquiry).andExpect(jsonPath("$.status").value("AGREED"));
		assertThat(fx().audits("offer.accept", "offer", counter)).isEqualTo(1);
	}

	@Test
	void anOfferPastItsValidityDateCannotBeAccepted() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise3");
		long achievement = fx().achievementWithoutThread(seller, buyer);
		long inquiry = TradingApi.id(api().post("demo-enterprise3", "/api/v1/inquiries",
				"{\"achievementId\": %d, \"message\": \"询价\"}".formatted(achievement)));
		// validity in the past or too far ahead is refused per field
		api().post("demo-institution", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("100", TradingApi.lumpSum(today()), today().minusDays(1)), inquiry)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		api().post("demo-institution", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("100.001", TradingApi.instalments(today(), "60", "30"), today().plusDays(91)), inquiry)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("price", "validUntil")));
		api().post("demo-institution", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("100", TradingApi.instalments(today(), "60", "30"), today()), inquiry)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plan.instalments"))
			.andExpect(jsonPath("$.errors[0].code").value("trading.plan.instalments.sum"));

		long offer = TradingApi.id(api().post("demo-institution", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("300000", TradingApi.lumpSum(today().plusDays(40)), today().plusDays(1)), inquiry)
			.andExpect(status().isCreated()));
		clock.advance(Duration.ofDays(2));
		api().get("demo-enterprise3", "/api/v1/offers/{id}", offer)
			.andExpect(jsonPath("$.expired").value(true))
			.andExpect(jsonPath("$.acceptable").value(false));
		api().post("demo-enterprise3", "/api/v1/offers/{id}/acceptance", "{}", offer)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:offer.expiredOn"));
		api().get("demo-enterprise3", "/api/v1/inquiries/{id}", inquiry).andExpect(jsonPath("$.status").value("OPEN"));
		// rejection still works, once
		api().post("demo-enterprise3", "/api/v1/offers/{id}/rejection", "{\"reason\": \"太贵\"}", offer)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
		api().post("demo-enterprise3", "/api/v1/offers/{id}/rejection", "{}", offer).andExpect(status().isOk());
		assertThat(fx().audits("offer.reject", "offer", offer)).isEqualTo(1);
	}

	@Test
	void onlyTheTwoPartiesTradersSeeAThreadEveryoneElseGets404() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise2");
		long achievement = fx().achievementWithoutThread(seller, buyer);
		long inquiry = TradingApi.id(api().post("demo-enterprise2", "/api/v1/inquiries",
				"{\"achievementId\": %d, \"message\": \"想了解转让条件\"}".formatted(achievement)));
		long offer = TradingApi.id(api().post("demo-enterprise2", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer("80000", TradingApi.lumpSum(today().plusDays(30)), today().plusDays(3)), inquiry));

		api().get("demo-institution", "/api/v1/inquiries/{id}", inquiry).andExpect(status().isOk())
			.andExpect(jsonPath("$.yourSide").value("SELLER"));
		api().get("demo-admin", "/api/v1/inquiries/{id}", inquiry).andExpect(status().isOk());
		// another enterprise, a member of the seller without a trading role (an expert), another institution
		for (String outsider : List.of("demo-enterprise3", "demo-expert1", "demo-institution2")) {
			api().get(outsider, "/api/v1/inquiries/{id}", inquiry).andExpect(status().isNotFound());
			api().get(outsider, "/api/v1/offers/{id}", offer).andExpect(status().isNotFound());
			api().post(outsider, "/api/v1/inquiries/{id}/messages", "{\"body\": \"x\"}", inquiry)
				.andExpect(status().isNotFound());
			api().post(outsider, "/api/v1/offers/{id}/acceptance", "{}", offer).andExpect(status().isNotFound());
			api().get(outsider, "/api/v1/inquiries").andExpect(content().string(Matchers.not(Matchers.containsString(
					"\"id\":" + inquiry + ","))));
			mvc.perform(get("/inquiries/{id}", inquiry).with(user(fx().user(outsider)))).andExpect(status().isNotFound());
		}
		// the administrator reads but does not negotiate
		api().post("demo-admin", "/api/v1/offers/{id}/acceptance", "{}", offer).andExpect(status().isForbidden());
		// the holder cannot inquire about its own achievement; anonymous users cannot at all
		api().post("demo-institution", "/api/v1/inquiries", "{\"achievementId\": %d, \"message\": \"x\"}"
			.formatted(achievement)).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inquiries").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void thePagesShowTheThreadAndPutOfferErrorsNextToTheirFields() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-institution2");
		long achievement = fx().achievementWithoutThread(seller, buyer);
		mvc.perform(get("/achievements/{id}/inquiries/new", achievement).param("afterAuction", "77").with(user(buyer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"after-auction\"")));
		String location = mvc.perform(post("/achievements/{id}/inquiries", achievement).param("message", "流拍后继续洽谈")
				.param("afterAuction", "77").with(user(buyer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/inquiries/\\d+");
		long inquiry = Long.parseLong(location.substring("/inquiries/".length()));
		api().get("demo-institution2", "/api/v1/inquiries/{id}", inquiry).andExpect(jsonPath("$.afterAuctionId").value(77));

		mvc.perform(post("/inquiries/{id}/offers", inquiry).with(user(buyer)).with(csrf())
				.param("price", "90000").param("method", "LICENSE").param("licenceMode", "SOLE")
				.param("plan.kind", "INSTALMENTS")
				.param("plan.instalments[0].amount", "50000").param("plan.instalments[0].dueDate", today().plusDays(10).toString())
				.param("plan.instalments[1].amount", "30000").param("plan.instalments[1].dueDate", today().plusDays(40).toString())
				.param("validUntil", today().plusDays(7).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("field-error")))
			.andExpect(content().string(Matchers.containsString("80000.00")))
			.andExpect(content().string(Matchers.containsString("90000.00")));
		mvc.perform(post("/inquiries/{id}/offers", inquiry).with(user(buyer)).with(csrf())
				.param("price", "80000").param("method", "LICENSE").param("licenceMode", "SOLE")
				.param("plan.kind", "INSTALMENTS")
				.param("plan.instalments[0].amount", "50000").param("plan.instalments[0].dueDate", today().plusDays(10).toString())
				.param("plan.instalments[1].amount", "30000").param("plan.instalments[1].dueDate", today().plusDays(40).toString())
				.param("validUntil", today().plusDays(7).toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inquiries/{id}", inquiry).with(user(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("80,000.00")))
			.andExpect(content().string(Matchers.containsString("accept-")));
		mvc.perform(get("/inquiries").with(user(seller))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("inquiry-" + inquiry)));
	}
}
