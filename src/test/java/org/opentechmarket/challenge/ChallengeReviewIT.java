package org.opentechmarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opentechmarket.challenge.ChallengeFixtures.ADMIN;
import static org.opentechmarket.challenge.ChallengeFixtures.ADMIN_PASSWORD;
import static org.opentechmarket.challenge.ChallengeFixtures.DEMO;
import static org.opentechmarket.challenge.ChallengeFixtures.application;
import static org.opentechmarket.challenge.ChallengeFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.ApplicationStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ChallengeReviews;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.Milestone;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * From the closed window to acceptance below the browser: reviews opened per application with recusal of every party, each
 * applicant reading only its own scores and reasons, the award (a reason when it departs from the ranking) published, then
 * milestones, progress, confirmation and acceptance.
 */
@PlatformTest
class ChallengeReviewIT {

	@Autowired
	ChallengeService challenges;
	@Autowired
	ApplicationService applications;
	@Autowired
	ChallengeReviews reviews;
	@Autowired
	List<ReviewSubjectProvider> providers;
	@Autowired
	UserAccounts users;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcTemplate jdbc;

	ChallengeFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new ChallengeFixtures(challenges, users, clock, mvc);
	}

	@Test
	void theSubjectNamesEveryPartyAndOnlyTheApplicantAndPosterRead() {
		Challenge c = fx.open("demo-enterprise2", "评审对象" + unique());
		ChallengeApplication a = applications.apply(fx.user("demo-institution"), c.getId(),
				application("之江理工大学", "陈立新", "宁波海曙精密制造有限公司", "某未注册科技有限公司"));
		ReviewSubject s = providers.stream().filter(p -> p.type() == ReviewSubjectType.CHALLENGE_APPLICATION).findFirst()
			.orElseThrow().find(a.getId()).orElseThrow();
		long university = fx.user("demo-institution").organisationId();
		long poster = fx.user("demo-enterprise2").organisationId();
		assertThat(s.partyOrganisationIds()).containsExactlyInAnyOrder(university, poster);
		assertThat(s.partyOrganisationNames()).contains("之江理工大学", "宁波海曙精密制造有限公司", "某未注册科技有限公司");
		assertThat(s.persons()).extracting(p -> p.name()).contains("陈立新");
		assertThat(s.readerOrganisationIds()).containsExactlyInAnyOrder(university, poster);
		assertThat(s.link()).isEqualTo("/challenges/applications/" + a.getId());
		assertThat(s.industryCodes()).containsExactly("C");
		// reviews open only once the window has closed, and only administrators open them
		assertThatThrownBy(() -> reviews.open(fx.user(ADMIN), c.getId(), 2, null)).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("challenge.review.notReviewing"));
		fx.closeWindow(c);
		assertThatThrownBy(() -> reviews.open(fx.user("demo-enterprise2"), c.getId(), 2, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
	}

	@Test
	void everyApplicantReadsItsOwnScoresAndReasonsOnlyAndThePosterAwards() throws Exception {
		String title = "精密轴承表面检测" + unique();
		Challenge c = fx.open("demo-enterprise", title);
		// A: the university with an engineer of the poster (混编); B: the institute
		ChallengeApplication a = applications.apply(fx.user("demo-institution"), c.getId(),
				application("之江理工大学", "陈立新", "杭州云栖智能装备有限公司"));
		ChallengeApplication b = applications.apply(fx.user("demo-institution2"), c.getId(),
				application("钱塘新材料研究院", "林晓峰"));
		fx.closeWindow(c);

		String opened = mvc.perform(post("/api/v1/admin/challenges/{id}/reviews", c.getId())
			.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"panelSize\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewIds.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		long reviewA = applications.view(fx.user(ADMIN), a.getId()).getReviewId();
		long reviewB = applications.view(fx.user(ADMIN), b.getId()).getReviewId();
		assertThat(opened).contains(String.valueOf(reviewA), String.valueOf(reviewB));
		// a second opening finds nothing to open
		mvc.perform(post("/api/v1/admin/challenges/{id}/reviews", c.getId()).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isConflict());
		// recusal: 陈教授 is of the university; 林研究员 of the institute and 吴教授 worked there last year
		List<String> panelA = fx.panel(reviewA);
		List<String> panelB = fx.panel(reviewB);
		assertThat(panelA).hasSize(2).doesNotContain("demo-expert1");
		assertThat(panelB).hasSize(2).doesNotContain("demo-expert2", "demo-expert4");
		// panel members read the proposal they review, not the other one
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user(panelA.get(0)))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("多光谱成像")));
		String outsider = List.of("demo-expert2", "demo-expert3", "demo-expert4", "demo-expert5", "demo-expert6").stream()
			.filter(e -> !panelA.contains(e) && !panelB.contains(e)).findFirst().orElse("demo-expert1");
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user(outsider))))
			.andExpect(status().isNotFound());

		// the award waits for every review
		mvc.perform(post("/api/v1/challenges/{id}/award", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"winners\":[" + a.getId() + "]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.award.reviewsPending"));
		fx.scoreAndPublish(reviewA, 72, "PASSED");
		fx.scoreAndPublish(reviewB, 88, "PASSED");
		assertThat(applications.view(fx.user(ADMIN), a.getId()).getReviewScore()).isEqualByComparingTo("72");
		assertThat(applications.view(fx.user(ADMIN), b.getId()).getStatus()).isEqualTo(ApplicationStatus.REVIEWED);

		// A reads its score and every reviewer's reasons; B reads neither of A's
		mvc.perform(get("/api/v1/challenges/applications/{id}", a.getId()).with(httpBasic("demo-institution", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review.score").value(72.0))
			.andExpect(jsonPath("$.review.outcome").value("PASSED"))
			.andExpect(jsonPath("$.review.link").value("/reviews/" + reviewA));
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-institution"))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"review-score\">72")))
			.andExpect(content().string(not(containsString("88.00"))));
		mvc.perform(get("/reviews/{id}", reviewA).with(user(fx.user("demo-institution")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("评审意见72")));
		mvc.perform(get("/reviews/{id}", reviewA).with(user(fx.user("demo-institution2")))).andExpect(status().isNotFound());
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-institution2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution2", DEMO)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].applicantName").value("钱塘新材料研究院"))
			.andExpect(jsonPath("$[0].review.score").value(88.0));
		// the poster reads both, to award
		mvc.perform(get("/reviews/{id}", reviewB).with(user(fx.user("demo-enterprise")))).andExpect(status().isOk());
		mvc.perform(get("/my/challenges/{id}", c.getId()).with(user(fx.user("demo-enterprise")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"award-form\"")));
		long notified = jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ?",
				Long.class, fx.user("demo-enterprise").id(), "challenge.inbox.readyToAward");
		assertThat(notified).isGreaterThanOrEqualTo(1);

		// choosing the lower-ranked A needs a reason
		mvc.perform(post("/api/v1/challenges/{id}/award", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"winners\":[" + a.getId() + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/challenges/{id}/award", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"winners\":[" + a.getId() + "," + b.getId() + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("winners"));
		mvc.perform(post("/api/v1/challenges/{id}/award", c.getId()).with(httpBasic("demo-enterprise2", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"winners\":[" + a.getId() + "],\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());
		String reason = "之江理工大学团队已在我公司产线完成预研，落地周期更短" + unique();
		mvc.perform(post("/api/v1/challenges/{id}/award", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"winners\":[" + a.getId() + "],\"reason\":\"" + reason + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWARDED"))
			.andExpect(jsonPath("$.award.followedRanking").value(false))
			.andExpect(jsonPath("$.award.winners[0].organisation").value("之江理工大学"))
			.andExpect(jsonPath("$.award.winners[0].rank").value(2));
		// published: anyone reads the award and its reason, no score of anybody
		String publicPage = mvc.perform(get("/challenges/{id}", c.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString(reason)))
			.andExpect(content().string(containsString("专家评审排名第 2")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// scores are shown with two decimals; bare digits could be in the random CSRF token or a generated member name
		assertThat(publicPage.substring(publicPage.indexOf("<main"))).doesNotContain("88.00").doesNotContain("72.00");
		assertThat(applications.view(fx.user(ADMIN), b.getId()).getStatus()).isEqualTo(ApplicationStatus.NOT_AWARDED);
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ? and link = ?",
				Long.class, fx.user("demo-institution2").id(), "challenge.inbox.notWon", "/challenges/applications/" + b.getId()))
			.isEqualTo(1);
		// the rejected applicant still reads its own scores and reasons
		mvc.perform(get("/reviews/{id}", reviewB).with(user(fx.user("demo-institution2")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("评审意见88")));

		// the awarded work: a milestone, the start, a report, confirmation, acceptance
		assertThatThrownBy(() -> challenges.start(fx.user("demo-enterprise"), c.getId())).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("challenge.start.milestonesMissing"));
		mvc.perform(post("/api/v1/challenges/{id}/milestones", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":" + b.getId() + ",\"title\":\"x\",\"dueOn\":\"" + fx.today().plusDays(30)
					+ "\",\"deliverable\":\"y\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("applicationId"));
		Milestone m = challenges.addMilestone(fx.user("demo-enterprise"), c.getId(), a.getId(), "样机", fx.today().plusDays(90),
				"样机一台及测试报告");
		challenges.start(fx.user("demo-enterprise"), c.getId());
		mvc.perform(post("/api/v1/challenges/applications/{id}/reports", a.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"milestoneId\":" + m.getId() + ",\"summary\":\"样机已完成装配，检出率 99.3%。\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/challenges/applications/{id}/reports", b.getId()).with(httpBasic("demo-institution2", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"x\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/challenges/{id}/acceptance", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ACCEPTED\",\"report\":\"达标\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.acceptance.milestonesPending"));
		mvc.perform(post("/api/v1/challenges/milestones/{id}/confirm", m.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		challenges.confirmMilestone(fx.user("demo-enterprise"), m.getId(), "样机测试通过");
		mvc.perform(post("/api/v1/challenges/{id}/acceptance", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ACCEPTED\",\"report\":\"全部指标达到要求。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(get("/challenges/{id}", c.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString("通过验收")));
		assertThat(jdbc.queryForList("select action from audit_log where subject_type = 'challenge' and subject_id = ?",
				String.class, String.valueOf(c.getId()))).contains("challenge.award", "challenge.milestone.add",
						"challenge.start", "challenge.report", "challenge.milestone.confirm", "challenge.conclude",
						"challenge.review.open", "challenge.review.result");
		assertThat(Set.copyOf(jdbc.queryForList(
				"select message_key from inbox_messages where user_id = ? and link = ?", String.class,
				fx.user("demo-institution").id(), "/challenges/applications/" + a.getId())))
			.contains("challenge.inbox.won", "challenge.inbox.milestone", "challenge.inbox.started",
					"challenge.inbox.milestoneConfirmed", "challenge.inbox.reviewOpened");
	}
}
