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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.domain.NoticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Negotiated price with public notice (协议定价公示, 浙江省促进科技成果转化条例 第十七条): a state-owned seller's agreement is
 * published for 15 days; an open objection holds it, an upheld one blocks it, a clean notice becomes a deal exactly once.
 */
@PlatformTest
class NegotiatedPriceNoticeIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	NoticeService notices;
	@Autowired
	Deals deals;
	@Autowired
	AchievementService achievementService;

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	TradingApi api() {
		return new TradingApi(mvc);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Buyer inquires, the state-owned seller offers, the buyer accepts: the agreement's id (in notice). */
	long agreedInNotice(String buyer, long achievement, String price, String acceptBody) throws Exception {
		long inquiry = TradingApi.id(api().post(buyer, "/api/v1/inquiries",
				"{\"achievementId\": %d, \"message\": \"询价\"}".formatted(achievement)).andExpect(status().isCreated()));
		long offer = TradingApi.id(api().post("demo-institution", "/api/v1/inquiries/{id}/offers",
				TradingApi.offer(price, TradingApi.lumpSum(today().plusMonths(2)), today().plusDays(10)), inquiry)
			.andExpect(status().isCreated()));
		ResultActions accepted = api().post(buyer, "/api/v1/offers/{id}/acceptance", acceptBody, offer)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_NOTICE"))
			.andExpect(jsonPath("$.publicNotice").value(true))
			.andExpect(jsonPath("$.dealId").value(Matchers.nullValue()));
		return TradingApi.id(accepted);
	}

	@Test
	void theNoticeIsPublicForFifteenDaysAndAnUpheldObjectionBlocksTheDeal() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise3");
		long achievement = fx().achievementWithoutThread(seller, buyer);
		Instant agreedAt = clock.instant();
		long agreement = agreedInNotice("demo-enterprise3", achievement, "1280000",
				"{\"relatedParty\": true, \"relatedPartyNote\": \"买方为卖方参股企业\"}");

		// public: anonymous API and page; 15 calendar days after the day of agreement, to midnight (Asia/Shanghai)
		ZoneId zone = clock.getZone();
		String expectedEnd = LocalDate.ofInstant(agreedAt, zone).plusDays(16).atStartOfDay(zone).toInstant().toString();
		api().get(null, "/api/v1/notices/{id}", agreement)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.price").value("1280000.00"))
			.andExpect(jsonPath("$.sellerName").value("之江理工大学"))
			.andExpect(jsonPath("$.method").value("LICENSE"))
			.andExpect(jsonPath("$.relatedParty").value(true))
			.andExpect(jsonPath("$.achievementSummary").isNotEmpty())
			.andExpect(jsonPath("$.noticeEndsAt").value(expectedEnd));
		api().get(null, "/api/v1/notices").andExpect(jsonPath("$[*].id", Matchers.hasItem((int) agreement)));
		mvc.perform(get("/trade-notices/{id}", agreement)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("1,280,000.00")))
			.andExpect(content().string(Matchers.containsString("id=\"flag-related\"")));
		mvc.perform(get("/trade-notices")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("notice-" + agreement)));

		// an objection (anyone signed in), too short first
		api().post("demo-enterprise2", "/api/v1/notices/{id}/objections", "{\"reasons\": \"太低\"}", agreement)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
		long objection = TradingApi.id(api().post("demo-enterprise2", "/api/v1/notices/{id}/objections",
				"{\"reasons\": \"拟交易价格明显低于评估价值，请核查\"}", agreement).andExpect(status().isCreated()));
		api().get(null, "/api/v1/notices/{id}", agreement).andExpect(jsonPath("$.objectionPending").value(true))
			.andExpect(jsonPath("$.objections.length()").value(0));

		// the notice ends while the objection is open: no deal
		clock.advance(Duration.ofDays(17));
		notices.concludeDueNotices();
		assertThat(deals.findByOrigin(DealOrigin.NEGOTIATION, agreement)).isEmpty();
		api().post("demo-enterprise", "/api/v1/notices/{id}/objections", "{\"reasons\": \"公示期结束后的异议不应受理\"}",
				agreement).andExpect(status().isConflict());

		// only an administrator resolves, with a reason; upheld blocks the deal and reopens the talks
		api().post("demo-institution", "/api/v1/notices/objections/{id}/resolution",
				"{\"upheld\": true, \"resolution\": \"x\"}", objection).andExpect(status().isForbidden());
		api().post("demo-admin", "/api/v1/notices/objections/{id}/resolution", "{\"upheld\": true, \"resolution\": \" \"}",
				objection).andExpect(status().isBadRequest());
		mvc.perform(get("/admin/trade-notices").with(user(fx().user("demo-admin")))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("objection-" + objection)));
		api().post("demo-admin", "/api/v1/notices/objections/{id}/resolution",
				"{\"upheld\": true, \"resolution\": \"价格未经评估，异议成立\"}", objection)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPHELD"));
		api().get(null, "/api/v1/notices/{id}", agreement).andExpect(jsonPath("$.status").value("BLOCKED"));
		notices.concludeDueNotices();
		assertThat(deals.findByOrigin(DealOrigin.NEGOTIATION, agreement)).isEmpty();
		long inquiry = jdbc.queryForObject("select inquiry_id from agreements where id = ?", Long.class, agreement);
		api().get("demo-enterprise3", "/api/v1/inquiries/{id}", inquiry).andExpect(jsonPath("$.status").value("OPEN"));
		assertThat(fx().audits("agreement.block", "agreement", agreement)).isEqualTo(1);
	}

	@Test
	void aDismissedObjectionLetsTheNoticeEndInADealWithTheOffersPlan() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-institution2");
		long achievement = fx().achievementWithoutThread(seller, buyer);
		long agreement = agreedInNotice("demo-institution2", achievement, "350000", "{}");
		long objection = TradingApi.id(api().post("demo-enterprise", "/api/v1/notices/{id}/objections",
				"{\"reasons\": \"请说明定价依据和评估情况\"}", agreement));
		// the objector sees its own objection; the parties see all
		api().get("demo-enterprise", "/api/v1/notices/{id}", agreement).andExpect(jsonPath("$.objections.length()").value(1));
		api().get("demo-institution", "/api/v1/notices/{id}", agreement).andExpect(jsonPath("$.objections.length()").value(1));
		mvc.perform(post("/admin/trade-notices/objections/{id}", objection).param("decision", "dismiss")
				.param("resolution", "定价依据充分").with(user(fx().user("demo-admin"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// still in notice: no deal before the end
		notices.concludeDueNotices();
		assertThat(deals.findByOrigin(DealOrigin.NEGOTIATION, agreement)).isEmpty();

		clock.advance(Duration.ofDays(17));
		notices.concludeDueNotices();
		DealSummary deal = deals.findByOrigin(DealOrigin.NEGOTIATION, agreement).orElseThrow();
		assertThat(deal.price()).isEqualByComparingTo("350000.00");
		assertThat(deal.buyerOrganisationId()).isEqualTo(buyer.organisationId());
		api().get("demo-institution2", "/api/v1/deals/{id}", deal.id())
			.andExpect(jsonPath("$.plan.kind").value("LUMP_SUM"))
			.andExpect(jsonPath("$.origin").value("NEGOTIATION"));
		api().get(null, "/api/v1/notices/{id}", agreement).andExpect(jsonPath("$.status").value("CONCLUDED"));
	}

	@Test
	void theEndOfNoticesRunsOnceWhenCalledTwiceAndFromTwoThreads() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		List<Long> agreements = new ArrayList<>();
		for (String buyer : List.of("demo-enterprise", "demo-enterprise2", "demo-enterprise3")) {
			long achievement = fx().achievementWithoutThread(seller, fx().user(buyer));
			agreements.add(agreedInNotice(buyer, achievement, "66000", "{}"));
		}
		clock.advance(Duration.ofDays(17));
		List<Integer> counts = DepositsIT.inParallel(2, notices::concludeDueNotices);
		int again = notices.concludeDueNotices();
		assertThat(counts.get(0) + counts.get(1)).isGreaterThanOrEqualTo(3);
		assertThat(again).isZero();
		for (long agreement : agreements) {
			assertThat(deals.findByOrigin(DealOrigin.NEGOTIATION, agreement)).isPresent();
			assertThat(fx().audits("agreement.conclude", "agreement", agreement)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from deals where origin = 'NEGOTIATION' and origin_id = ?",
					Integer.class, agreement)).isEqualTo(1);
		}
	}

	@Test
	void aBuyerThatMayBeAnInventorIsFlagged() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		// one inventor works for the buyer (杭州云栖智能装备有限公司, demo-enterprise's organisation)
		String json = Registrations.appliedJson("发明人参与受让的成果" + Registrations.unique(), Registrations.patentNumber())
			.replace("{\"name\": \"陆宁\", \"organisation\": \"之江理工大学\"",
					"{\"name\": \"陆宁\", \"organisation\": \"杭州云栖智能装备有限公司\"");
		assertThat(json).contains("杭州云栖智能装备有限公司");
		long achievement = Registrations.publish(mvc, seller, json, clock, achievementService);
		long agreement = agreedInNotice("demo-enterprise", achievement, "90000", "{}");
		api().get(null, "/api/v1/notices/{id}", agreement)
			.andExpect(jsonPath("$.buyerMayBeInventor").value(true))
			.andExpect(jsonPath("$.buyerInventors").value("陆宁"));
		mvc.perform(get("/trade-notices/{id}", agreement)).andExpect(content().string(Matchers.containsString("flag-inventor")));
	}
}
