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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.ApplicationStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ChallengeRepository;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.ChallengeWindows;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Challenges below the browser: who sees what (404 for the rest), eligibility, one application per organisation, the window job. */
@PlatformTest
class ChallengesIT {

	static final byte[] PDF = "%PDF-1.4\n% proposal\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	ChallengeService challenges;
	@Autowired
	ApplicationService applications;
	@Autowired
	ChallengeRepository repository;
	@Autowired
	ChallengeWindows windows;
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
	void draftsApplicationsAndManagementOfOthersAreNotFound() throws Exception {
		String title = "晶圆缺陷检测揭榜" + unique();
		Challenge draft = challenges.create(fx.user("demo-enterprise"), fx.content(title, 0, 20,
				EnumSet.of(OrganisationType.UNIVERSITY), null, true, 1), null);
		long id = draft.getId();
		mvc.perform(get("/challenges/{id}", id).with(user(fx.user("demo-enterprise")))).andExpect(status().isOk());
		mvc.perform(get("/challenges/{id}", id).with(user(fx.user("demo-enterprise2")))).andExpect(status().isNotFound());
		mvc.perform(get("/challenges/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/challenges/{id}", id).with(httpBasic("demo-enterprise2", DEMO)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/challenges/{id}/submit", id).with(httpBasic("demo-enterprise2", DEMO)))
			.andExpect(status().isNotFound());

		challenges.submit(fx.user("demo-enterprise"), id);
		challenges.approve(fx.user(ADMIN), id);
		// public now: anonymous readers see it, in the list too
		mvc.perform(get("/challenges/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("揭榜中")));
		mvc.perform(get("/challenges").param("q", title)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/api/v1/challenges").param("q", title)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].status").value("APPLYING"));
		// managing it is not theirs
		mvc.perform(get("/my/challenges/{id}", id).with(user(fx.user("demo-enterprise2")))).andExpect(status().isNotFound());
		mvc.perform(post("/my/challenges/{id}/cancel", id).with(user(fx.user("demo-enterprise2"))).with(csrf())
			.param("reason", "x")).andExpect(status().isForbidden());

		ChallengeApplication a = applications.apply(fx.user("demo-institution"), id,
				application("之江理工大学", "陈立新", "杭州云栖智能装备有限公司"));
		mvc.perform(multipart("/challenges/applications/{id}/files", a.getId())
			.file(new MockMultipartFile("file", "方案.pdf", "application/pdf", PDF)).with(user(fx.user("demo-institution")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long file = jdbc.queryForObject("select id from challenge_files where application_id = ?", Long.class, a.getId());
		// another organisation: nothing of it exists
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-institution2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/challenges/applications/{id}", a.getId()).with(httpBasic("demo-institution2", DEMO)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/challenges/files/{id}", file).with(user(fx.user("demo-institution2")))).andExpect(status().isNotFound());
		mvc.perform(post("/challenges/applications/{id}/withdraw", a.getId()).with(user(fx.user("demo-institution2")))
			.with(csrf())).andExpect(status().isNotFound());
		// the poster: sealed until the window closes
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-enterprise"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/challenges/files/{id}", file).with(user(fx.user("demo-enterprise")))).andExpect(status().isNotFound());
		mvc.perform(get("/my/challenges/{id}", id).with(user(fx.user("demo-enterprise")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("截止前方案保密")))
			.andExpect(content().string(not(containsString("陈立新"))));
		mvc.perform(get("/api/v1/challenges/{id}/applications", id).with(httpBasic("demo-enterprise", DEMO)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		// the applicant: its own, with the file
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-institution"))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("方案.pdf")));
		mvc.perform(get("/challenges/files/{id}", file).with(user(fx.user("demo-institution")))).andExpect(status().isOk());

		fx.closeWindow(challenges.view(null, id));
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-enterprise"))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("陈立新")));
		mvc.perform(get("/challenges/files/{id}", file).with(user(fx.user("demo-enterprise")))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/challenges/{id}/applications", id).with(httpBasic("demo-enterprise", DEMO)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].team[1].organisation").value("杭州云栖智能装备有限公司"));
		// still nothing for a third organisation
		mvc.perform(get("/challenges/applications/{id}", a.getId()).with(user(fx.user("demo-enterprise2"))))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where subject_type = 'challenge' and subject_id = ?",
				Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(6);
	}

	@Test
	void eligibilityIsCheckedOnTheServer() throws Exception {
		// universities of Hangzhou only, no mixed teams
		Challenge c = fx.posted("demo-enterprise2", fx.content("杭州高校专项" + unique(), 0, 20,
				EnumSet.of(OrganisationType.UNIVERSITY), "330100", false, 1));
		String body = "{\"proposal\":\"方案\",\"team\":[{\"name\":\"甲\",\"organisation\":\"%s\",\"role\":\"负责人\"}%s]}";
		// an enterprise member without the research-holder role
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-enterprise", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("杭州云栖智能装备有限公司", "")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.apply.ineligible.ROLE"));
		// an institute, where only universities may apply
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution2", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("钱塘新材料研究院", "")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.apply.ineligible.TYPE"));
		// a university of Ningbo (demo-expert4 also holds the INSTITUTION role of 东海海洋大学)
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-expert4", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("东海海洋大学", "")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.apply.ineligible.REGION"));
		// a Hangzhou university, but a mixed team the call does not admit
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("之江理工大学", ",{\"name\":\"乙\",\"organisation\":\"宁波海曙精密制造有限公司\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("team[1].organisation"));
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("之江理工大学", "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// the page does not offer the form to the ineligible, and says why
		mvc.perform(get("/challenges/{id}", c.getId()).with(user(fx.user("demo-institution2")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("本单位类型不符合该榜单的揭榜条件")))
			.andExpect(content().string(not(containsString("id=\"apply\""))));
		mvc.perform(get("/challenges/{id}/apply", c.getId()).with(user(fx.user("demo-institution2"))))
			.andExpect(status().isForbidden());

		// a call whose window opens in three days takes no applications yet
		Challenge later = fx.posted("demo-enterprise2", fx.content("三日后揭榜" + unique(), 3, 20,
				EnumSet.of(OrganisationType.UNIVERSITY), null, true, 1));
		assertThat(later.getStatus()).isEqualTo(ChallengeStatus.POSTED);
		assertThatThrownBy(() -> applications.apply(fx.user("demo-institution"), later.getId(),
				application("之江理工大学", "甲"))).isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.code()).isEqualTo("challenge.apply.ineligible.WINDOW"));
	}

	@Test
	void oneApplicationPerOrganisationWithdrawnAndSubmittedAgainWhileTheWindowIsOpen() throws Exception {
		Challenge c = fx.open("demo-enterprise3", "一单位一申请" + unique());
		ChallengeApplication first = applications.apply(fx.user("demo-institution"), c.getId(),
				application("之江理工大学", "甲"));
		// a colleague of the same organisation cannot file a second one
		String again = "{\"proposal\":\"另一方案\",\"team\":[{\"name\":\"乙\",\"organisation\":\"之江理工大学\"}]}";
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(again))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:challenge.apply.duplicate"));
		mvc.perform(post("/api/v1/challenges/applications/{id}/withdraw", first.getId()).with(httpBasic("demo-institution", DEMO)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(challenges.applicationCount(c)).isZero();
		// applying again reuses the one application
		mvc.perform(post("/api/v1/challenges/{id}/applications", c.getId()).with(httpBasic("demo-institution", DEMO))
			.contentType(MediaType.APPLICATION_JSON).content(again))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(first.getId()))
			.andExpect(jsonPath("$.proposal").value("另一方案"));
		assertThat(jdbc.queryForObject("select count(*) from challenge_applications where challenge_id = ?", Long.class,
				c.getId())).isEqualTo(1);
		// once the window has closed, it stays
		fx.closeWindow(c);
		mvc.perform(post("/api/v1/challenges/applications/{id}/withdraw", first.getId()).with(httpBasic("demo-institution", DEMO)))
			.andExpect(status().isConflict());
		assertThat(applications.view(fx.user("demo-institution"), first.getId()).getStatus())
			.isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(challenges.view(null, c.getId()).getStatus()).isEqualTo(ChallengeStatus.REVIEWING);
	}

	@Test
	void formsShowFieldErrorsInTheUsersLanguage() throws Exception {
		mvc.perform(post("/my/challenges").with(user(fx.user("demo-enterprise"))).with(csrf())
			.param("title", "页面榜单" + unique()).param("problem", "请联系 wang@example.com")
			.param("bountyAmount", "-5").param("criteria[0].name", "技术方案").param("criteria[0].weight", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开内容中不得包含电子邮箱")))
			.andExpect(content().string(containsString("榜额必须大于零")))
			.andExpect(content().string(containsString("权重须大于 0 且不超过 1000")));
		String title = "页面草稿" + unique();
		mvc.perform(post("/my/challenges").with(user(fx.user("demo-enterprise"))).with(csrf()).param("title", title)
			.param("opensOn", fx.today().toString()).param("closesOn", fx.today().plusDays(5).toString()))
			.andExpect(status().is3xxRedirection());
		Challenge saved = challenges.mine(fx.user("demo-enterprise")).stream().filter(x -> x.getTitle().equals(title))
			.findFirst().orElseThrow();
		mvc.perform(post("/my/challenges/{id}/submit", saved.getId()).with(user(fx.user("demo-enterprise"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("揭榜时间不得少于 20 天")))
			.andExpect(content().string(containsString("请选择可揭榜的单位类型")));
		// a university cannot post; an administrator posts for the market, straight to POSTED
		mvc.perform(post("/api/v1/challenges").with(httpBasic("demo-institution", DEMO)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\"}")).andExpect(status().isForbidden());
		String created = mvc.perform(post("/api/v1/challenges").with(httpBasic(ADMIN, ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"政府榜单" + unique() + "\",\"problem\":\"问题\",\"targets\":\"指标\",\"industryCode\":\"C\","
					+ "\"bountyAmount\":1000000.50,\"eligibleTypes\":[\"UNIVERSITY\"],\"opensOn\":\"" + fx.today().plusDays(1)
					+ "\",\"closesOn\":\"" + fx.today().plusDays(30) + "\",\"reviewMethod\":\"MEETING\",\"winnersMax\":2,"
					+ "\"postSubsidy\":true,\"criteria\":[{\"name\":\"技术方案\",\"weight\":100}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.bountyAmount").value(1000000.50))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/challenges/{id}/submit", id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("POSTED"))
			.andExpect(jsonPath("$.posterType").value("GOVERNMENT"));
		// the application form: field errors next to the fields
		Challenge c = fx.open("demo-enterprise", "表单校验" + unique());
		mvc.perform(post("/challenges/{id}/apply", c.getId()).with(user(fx.user("demo-institution"))).with(csrf())
			.param("proposal", "").param("team[0].name", "").param("team[0].organisation", "之江理工大学"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填")));
		mvc.perform(get("/challenges")).andExpect(status().isOk()).andExpect(content().string(containsString("揭榜挂帅")));
		mvc.perform(get("/challenges/{id}", c.getId()).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Open for applications")))
			.andExpect(content().string(containsString("Who may apply")));
	}

	@Test
	void theJobOpensAndClosesWindowsOnceAndTellsThePoster() {
		Challenge c = fx.posted("demo-enterprise3", fx.content("定时开榜" + unique(), 2, 20,
				EnumSet.of(OrganisationType.UNIVERSITY), null, true, 1));
		assertThat(c.getStatus()).isEqualTo(ChallengeStatus.POSTED);
		windows.advanceDue();
		assertThat(repository.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(ChallengeStatus.POSTED);
		clock.advance(Duration.ofDays(2));
		assertThat(windows.advanceDue()).isGreaterThanOrEqualTo(1);
		assertThat(repository.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(ChallengeStatus.APPLYING);
		windows.advanceDue();
		long poster = fx.user("demo-enterprise3").id();
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'challenge.window.open' and subject_id = ?",
				Long.class, String.valueOf(c.getId()))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ? and link = ?",
				Integer.class, poster, "challenge.inbox.applying", "/challenges/" + c.getId())).isEqualTo(1);
		clock.advance(Duration.ofDays(20));
		windows.advanceDue();
		assertThat(repository.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(ChallengeStatus.REVIEWING);
		assertThat(windows.advanceDue()).isZero();
	}
}
