package org.opentechmarket.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.AttachedBroker;
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.matching.internal.NeedCoverage;
import org.opentechmarket.matching.internal.NeedQueries;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The match pages end to end below the browser: who sees a need's matches, the honest "no strong match" with its offers, a
 * need handed to a broker, feedback once per user and pair, the gap view, brokers' pairs and achievement → needs.
 */
@PlatformTest
class MatchPagesIT {

	/** Text that matches the demo university's fabric inspection achievement (DemoAchievements). */
	static final String FABRIC_TITLE = "布面瑕疵在线视觉检测";
	static final String FABRIC_TEXT = "织造和印染车间布面高速运行，人工验布漏检多。需要用机器视觉和深度学习在线识别断经、断纬、破洞、油污等瑕疵，"
			+ "可部署在产线边缘计算设备上，替代人工验布。";

	@Autowired
	NeedService needService;
	@Autowired
	UserAccounts users;
	@Autowired
	Matcher matcher;
	@Autowired
	NeedCoverage coverage;
	@Autowired
	Brokers brokers;
	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	AchievementService achievementService;

	CurrentUser account(String name) {
		return users.loadUser(name).orElseThrow();
	}

	static String unique() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	NeedContent needContent(String title, String description, String industry) {
		return new NeedContent(title, description, "人工处理，效率低。", "效率提高一倍以上。", industry, null, "330106",
				Set.of(Cooperation.COMMISSIONED_DEVELOPMENT), false, new BigDecimal("500000"), new BigDecimal("1500000"), 5,
				LocalDate.now(clock).plusDays(365), "测试联系人", "0571-86001234", null, List.of());
	}

	Need draft(String title, String description, String industry) {
		return needService.create(account("demo-enterprise"), needContent(title, description, industry), null);
	}

	/**
	 * A need nothing on the platform supplies. Real Chinese text will not do: by the time this runs the shared database may
	 * hold the 2,812 real listings, where a cat-litter 配方 need matched herbal 配方 listings strongly; a need sharing no term
	 * with any achievement is certain to have no strong match.
	 */
	static final String NO_SUPPLY_TITLE = "Trobel fanwick ";
	static final String NO_SUPPLY_TEXT = "Trobel fanwick morduin plessat gravont, sulmere fanwick trobel.";

	Need open(String title, String description, String industry) {
		Need need = draft(title, description, industry);
		needService.submit(account("demo-enterprise"), need.getId());
		return needService.approve(account("admin"), need.getId());
	}

	@Test
	void aDraftNeedsMatchesAreSeenByItsOwnerAndAdministratorsOnlyUntilItIsPublic() throws Exception {
		Need need = draft(FABRIC_TITLE + unique(), FABRIC_TEXT, "C");
		String url = "/needs/" + need.getId() + "/matches";
		// the poster sees ranked, explained matches at once, while the need is still a draft
		mvc.perform(get(url).with(user(account("demo-enterprise"))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("基于深度学习的纺织品<mark>瑕疵在线")))
			.andExpect(content().string(containsString("id=\"strong-matches\"")))
			.andExpect(content().string(containsString("match-why")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get(url).with(user(account("admin"))).header("HX-Request", "true")).andExpect(status().isOk());
		// another organisation, and the public, are told there is no such need
		mvc.perform(get(url).with(user(account("demo-enterprise2"))).header("HX-Request", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(get(url)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/matching/needs/{id}", need.getId()).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/matching/needs/{id}", need.getId()).with(httpBasic("demo-enterprise", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strongFound").value(true))
			.andExpect(jsonPath("$.matches[0].title").value("基于深度学习的纺织品瑕疵在线检测系统"))
			.andExpect(jsonPath("$.matches[0].why.matchedTerms").isNotEmpty());

		// public once approved: anyone sees the matches (as a page of their own without htmx)
		needService.submit(account("demo-enterprise"), need.getId());
		needService.approve(account("admin"), need.getId());
		mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("纺织品")))
			.andExpect(content().string(not(containsString("mark-useful"))));
	}

	@Test
	void withoutAStrongMatchThePageSaysSoAndTheOwnerHandsTheNeedToABroker() throws Exception {
		String title = NO_SUPPLY_TITLE + unique();
		Need need = draft(title, NO_SUPPLY_TEXT, "C");
		CurrentUser owner = account("demo-enterprise");
		mvc.perform(get("/needs/{id}/matches", need.getId()).with(user(owner)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-strong-match\"")))
			.andExpect(content().string(containsString("在已发布成果中未找到强匹配")))
			.andExpect(content().string(containsString("/my/challenges/new?need=" + need.getId())))
			.andExpect(content().string(containsString("id=\"offer-broker\"")))
			.andExpect(content().string(not(containsString("id=\"strong-matches\""))));
		// someone who may see a public need but does not manage it gets the message without the offers
		needService.submit(owner, need.getId());
		needService.approve(account("admin"), need.getId());
		mvc.perform(get("/needs/{id}/matches", need.getId()).with(user(account("demo-enterprise2"))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-strong-match\"")))
			.andExpect(content().string(not(containsString("offer-broker"))));
		mvc.perform(post("/needs/{id}/broker-request", need.getId()).with(user(account("demo-enterprise2"))).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/needs/{id}/broker-request", need.getId()).with(user(owner)).with(csrf()).param("note", "请帮忙找高校团队"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/needs/{id}/broker-request", need.getId()).with(user(owner)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/needs/{id}/matches", need.getId()).with(user(owner)).header("HX-Request", "true"))
			.andExpect(content().string(containsString("id=\"broker-request-status\"")))
			.andExpect(content().string(not(containsString("id=\"offer-broker\""))));

		CurrentUser broker = account("demo-broker");
		String list = mvc.perform(get("/broker/need-requests").with(user(broker)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(title).contains("请帮忙找高校团队");
		Long requestId = jdbc.queryForObject("select id from matching_broker_requests where need_id = ? and status = 'OPEN'",
				Long.class, need.getId());
		mvc.perform(post("/broker/need-requests/{id}/take", requestId).with(user(account("demo-enterprise2"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/broker/need-requests/{id}/take", requestId).with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(brokers.brokersOf(AttachmentSubject.NEED, need.getId())).extracting(AttachedBroker::brokerUserId)
			.containsExactly(broker.id());
		mvc.perform(post("/broker/need-requests/{id}/take", requestId).with(user(broker)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/needs/{id}/matches", need.getId()).with(user(owner)).header("HX-Request", "true"))
			.andExpect(content().string(containsString(broker.displayName())));
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ?",
				Long.class, owner.id(), "matching.inbox.brokerTook")).isPositive();
	}

	@Test
	void aVerdictIsStoredOncePerUserAndPairAndMayChange() throws Exception {
		Need need = draft(FABRIC_TITLE + unique(), FABRIC_TEXT, "C");
		CurrentUser owner = account("demo-enterprise");
		Match top = matcher.match(NeedQueries.of(needService.find(need.getId()).orElseThrow()), 5).get(0);
		String subject = "need:" + need.getId();
		mvc.perform(post("/matching/feedback").with(user(owner)).with(csrf()).header("HX-Request", "true")
				.param("needId", need.getId().toString()).param("achievementId", String.valueOf(top.achievementId()))
				.param("verdict", "USEFUL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("feedback-saved")))
			.andExpect(content().string(containsString("aria-pressed=\"true\"")));
		mvc.perform(post("/matching/feedback").with(user(owner)).with(csrf())
				.param("needId", need.getId().toString()).param("achievementId", String.valueOf(top.achievementId()))
				.param("verdict", "NOT_USEFUL"))
			.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select verdict, score, shown_rank, strong, shown_on from match_feedback where subject = ? and achievement_id = ?",
				subject, top.achievementId());
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("verdict", "NOT_USEFUL").containsEntry("shown_rank", 1)
			.containsEntry("strong", true).containsEntry("shown_on", "NEED_PAGE");
		assertThat((Double) rows.get(0).get("score")).isCloseTo(top.score(), org.assertj.core.data.Offset.offset(1e-6));
		// another user may not judge a draft they cannot see; the administrator may
		mvc.perform(post("/matching/feedback").with(user(account("demo-enterprise2"))).with(csrf())
				.param("needId", need.getId().toString()).param("achievementId", String.valueOf(top.achievementId()))
				.param("verdict", "USEFUL"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/matching/feedback").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": " + need.getId() + ", \"achievementId\": " + top.achievementId()
						+ ", \"verdict\": \"USEFUL\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rank").value(1))
			.andExpect(jsonPath("$.subject").value(subject));
		assertThat(jdbc.queryForObject("select count(*) from match_feedback where subject = ?", Long.class, subject))
			.isEqualTo(2);
		// a query sent to the API, and the problems
		String query = "{\"query\": {\"title\": \"" + FABRIC_TITLE + unique() + "\", \"description\": \"" + FABRIC_TEXT
				+ "\"}, \"achievementId\": " + top.achievementId() + ", \"verdict\": \"USEFUL\"}";
		mvc.perform(post("/api/v1/matching/feedback").with(httpBasic("demo-enterprise2", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content(query))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shownOn").value("API"))
			.andExpect(jsonPath("$.subject").value(org.hamcrest.Matchers.startsWith("query:")));
		mvc.perform(post("/api/v1/matching/feedback").with(httpBasic("demo-enterprise", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"needId\": " + need.getId() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/matching/feedback").with(httpBasic("demo-enterprise", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\": " + need.getId() + ", \"achievementId\": " + Long.MAX_VALUE + ", \"verdict\": \"USEFUL\"}"))
			.andExpect(status().isNotFound());

		// the administrator's report and the judgements export
		mvc.perform(get("/admin/matching/feedback").with(user(account("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feedback-strength\"")));
		mvc.perform(get("/admin/matching/feedback").with(user(owner))).andExpect(status().isForbidden());
		String export = mvc.perform(get("/admin/matching/feedback.jsonl").with(user(account("admin"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String line = export.lines().filter(l -> l.contains("\"query\":\"otm-need-" + need.getId() + "\"")).findFirst()
			.orElseThrow();
		assertThat(line).contains("\"document\":\"" + top.achievementId() + "\"").contains("\"useful\":1")
			.contains("\"notUseful\":1").contains("\"grade\":0");
	}

	@Test
	void theGapViewListsOpenNeedsWithoutAStrongMatchAndBrokersSeeTheStrongPairs() throws Exception {
		String gapTitle = NO_SUPPLY_TITLE + unique();
		Need gap = open(gapTitle, NO_SUPPLY_TEXT, "C");
		String fabricTitle = FABRIC_TITLE + unique();
		Need supplied = open(fabricTitle, FABRIC_TEXT, "C");
		coverage.drain();
		String page = mvc.perform(get("/admin/matching/gaps").with(user(account("admin"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"gap-" + gap.getId() + "\"").contains(gapTitle)
			.doesNotContain("id=\"gap-" + supplied.getId() + "\"");
		assertThat(page).contains("id=\"gaps-by-industry\"");
		mvc.perform(get("/admin/matching/gaps").with(user(account("demo-enterprise")))).andExpect(status().isForbidden());
		byte[] xlsx = mvc.perform(get("/admin/matching/gaps.xlsx").with(user(account("admin"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("matching-gaps.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet needs = book.getSheetAt(1);
			boolean listed = false;
			for (int r = 1; r <= needs.getLastRowNum(); r++) {
				if (gapTitle.equals(needs.getRow(r).getCell(1).getStringCellValue())) {
					listed = true;
				}
				assertThat(needs.getRow(r).getCell(1).getStringCellValue()).isNotEqualTo(fabricTitle);
			}
			assertThat(listed).isTrue();
			assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
		}

		// demo-broker works in section C in Zhejiang: the strong pair is worth a call, with why
		CurrentUser broker = account("demo-broker");
		String pairs = mvc.perform(get("/broker/pairs").with(user(broker)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Match top = matcher.match(NeedQueries.of(needService.find(supplied.getId()).orElseThrow()), 1).get(0);
		String row = "id=\"pair-" + supplied.getId() + "-" + top.achievementId() + "\"";
		assertThat(pairs).contains(row).contains("<mark>");
		assertThat(pairs).doesNotContain("id=\"pair-" + gap.getId() + "-");
		// marked not useful by the broker: no longer listed
		mvc.perform(post("/matching/feedback").with(user(broker)).with(csrf()).param("needId", supplied.getId().toString())
				.param("achievementId", String.valueOf(top.achievementId())).param("verdict", "NOT_USEFUL")
				.param("shownOn", "BROKER_PAIRS"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/broker/pairs").with(user(broker)))
			.andExpect(content().string(not(containsString(row))));
		mvc.perform(get("/broker/pairs").with(user(account("demo-enterprise")))).andExpect(status().isForbidden());

		// a closed need leaves the coverage
		needService.withdraw(account("demo-enterprise"), gap.getId());
		mvc.perform(get("/admin/matching/gaps").with(user(account("admin"))))
			.andExpect(content().string(not(containsString("id=\"gap-" + gap.getId() + "\""))));
	}

	@Test
	void anAchievementPublishedLaterClosesTheGapOnceTheJobHasRun() throws Exception {
		// a subject no other test publishes (the cat litter of the other tests must stay without supply)
		String tag = "zq" + Registrations.unique().replaceAll("[^a-z]", "x");
		// invented words: no real listing shares them (see NO_SUPPLY_TEXT), so the need starts without supply
		Need gap = open("Vexlor quintar " + tag, "Vexlor quintar bralmit zovex plinther, quintar vexlor oshbrin tramove.", "C");
		coverage.drain();
		assertThat(jdbc.queryForObject("select strong_count from match_coverage where need_id = ?", Integer.class,
				gap.getId())).isZero();
		long achievementId = Registrations.publish(mvc, account("demo-institution"),
				Registrations.appliedJson("Vexlor quintar bralmit " + tag, Registrations.patentNumber(),
						"Vexlor quintar bralmit zovex plinther oshbrin tramove: a vexlor quintar assembly with bralmit zovex "
								+ "calibration and plinther oshbrin control, tried in two plants."),
				clock, achievementService);
		// the publication is only noted; the job makes the need due and recomputes it
		coverage.drain();
		assertThat(jdbc.queryForList("select achievement_id from match_strong_pairs where need_id = ?", Long.class,
				gap.getId())).contains(achievementId);
		mvc.perform(get("/admin/matching/gaps").with(user(account("admin"))))
			.andExpect(content().string(not(containsString("id=\"gap-" + gap.getId() + "\""))));
	}

	@Test
	void anAchievementFindsANeedOnceItOpensWithTheScoreOfThePair() throws Exception {
		CurrentUser institution = account("demo-institution");
		String tag = "zq" + Registrations.unique().replaceAll("[^a-z]", "x");
		long achievementId = Registrations.publish(mvc, institution,
				Registrations.appliedJson("钙钛矿柔性叠层组件湿热封装 " + tag, Registrations.patentNumber()), clock,
				achievementService);
		Need need = open("柔性叠层组件湿热封装 " + tag, "我们需要提高钙钛矿柔性叠层组件在湿热环境下的封装稳定性。", "C");
		List<NeedMatch> needs = matcher.matchNeeds(achievementId, 10);
		assertThat(needs).extracting(NeedMatch::needId).contains(need.getId());
		NeedMatch pair = needs.stream().filter(n -> n.needId() == need.getId()).findFirst().orElseThrow();
		Match fromTheNeed = matcher.match(NeedQueries.of(needService.find(need.getId()).orElseThrow()), 10).stream()
			.filter(m -> m.achievementId() == achievementId)
			.findFirst()
			.orElseThrow();
		assertThat(pair.score()).isEqualTo(fromTheNeed.score());
		assertThat(pair.why().matchedTerms()).contains(tag);

		mvc.perform(get("/achievements/{id}/needs", achievementId).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"likely-need-" + need.getId() + "\"")));
		mvc.perform(get("/api/v1/matching/achievements/{id}/needs", achievementId).with(httpBasic("demo-broker", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].needId").value(need.getId()));
		mvc.perform(get("/achievements/{id}/similar", achievementId).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"similar-achievements\"")));
		mvc.perform(get("/achievements/{id}/needs", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/matching/achievements/{id}/needs", Long.MAX_VALUE).with(httpBasic("demo-broker", "demo")))
			.andExpect(status().isNotFound());

		// closed: gone from the achievement's needs
		needService.withdraw(account("demo-enterprise"), need.getId());
		assertThat(matcher.matchNeeds(achievementId, 10)).extracting(NeedMatch::needId).doesNotContain(need.getId());
	}
}
