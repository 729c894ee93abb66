package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opentechmarket.achievement.web.Registrations.PASSWORD;
import static org.opentechmarket.achievement.web.Registrations.PDF;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.Evidence;
import org.opentechmarket.achievement.domain.EvidenceRepository;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may do what: every refusal is checked on the server, whichever door (API or page) the request comes through. */
@PlatformTest
class AuthorisationIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	UserAccounts accounts;
	@Autowired
	AchievementRepository achievements;
	@Autowired
	EvidenceRepository evidence;

	CurrentUser institution;
	CurrentUser institution2;
	CurrentUser enterprise;
	CurrentUser admin;

	@BeforeEach
	void users() {
		institution = load("demo-institution");
		institution2 = load("demo-institution2");
		enterprise = load("demo-enterprise");
		admin = load("demo-admin");
	}

	// ------------------------------------------------------------------ (a) other organisations' registrations

	@Test
	void anotherOrganisationCannotTouchADraftAndDoesNotLearnItExists() throws Exception {
		String title = "高速永磁电机转子动平衡方法" + Registrations.unique();
		long draft = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, Registrations.patentNumber()));

		mvc.perform(put("/api/v1/achievements/{id}", draft).with(httpBasic("demo-institution2", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson("改名" + title, Registrations.patentNumber())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/achievements/{id}/submit", draft).with(httpBasic("demo-institution2", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/achievements/{id}/withdraw", draft).with(httpBasic("demo-institution2", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/achievements/{id}", draft).with(httpBasic("demo-institution2", PASSWORD)))
			.andExpect(status().isNotFound());
		// same through the pages
		mvc.perform(get("/my/achievements/{id}/edit", draft).with(user(institution2))).andExpect(status().isNotFound());
		mvc.perform(post("/my/achievements/{id}/withdraw", draft).with(user(institution2)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/my/achievements/{id}/evidence", draft)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)).param("type", "TEST_REPORT")
				.with(user(institution2)).with(csrf()))
			.andExpect(status().isNotFound());
		// an administrator reviews, but does not edit a holder's registration
		mvc.perform(put("/api/v1/achievements/{id}", draft).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson("管理员改名", Registrations.patentNumber())))
			.andExpect(status().isForbidden());

		Achievement unchanged = achievements.findById(draft).orElseThrow();
		assertThat(unchanged.getStatus()).isEqualTo(AchievementStatus.DRAFT);
		assertThat(unchanged.getTitle()).isEqualTo(title);
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).isEmpty();
		// while its own registrants see and edit it; a member without a registrant role (an expert) does not
		mvc.perform(get("/my/achievements/{id}/edit", draft).with(user(load("demo-institution")))).andExpect(status().isOk());
		mvc.perform(get("/my/achievements/{id}/edit", draft).with(user(load("demo-expert1")))).andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationIsForbiddenToChangeAPublishedAchievement() throws Exception {
		Achievement published = achievements
			.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(institution.organisationId(),
					AchievementStatus.SUPERSEDED, PageRequest.of(0, 200))
			.stream().filter(a -> a.getStatus() == AchievementStatus.PUBLISHED).findFirst().orElseThrow();
		long id = published.getId();

		mvc.perform(put("/api/v1/achievements/{id}", id).with(httpBasic("demo-institution2", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson("冒名修改", Registrations.patentNumber())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic("demo-institution2", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/achievements/{id}/withdraw", id).with(httpBasic("demo-institution2", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"恶意撤回\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/achievements/{id}/revisions", id).with(httpBasic("demo-institution2", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/achievements/{id}/converted", id).with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"冒称已转化\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/my/achievements/{id}/withdraw", id).with(user(institution2)).with(csrf()))
			.andExpect(status().isForbidden());

		Achievement after = achievements.findById(id).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(after.getTitle()).isEqualTo(published.getTitle());
		assertThat(achievements.findOpenRevision(published.getLineage())).isEmpty();
	}

	// ------------------------------------------------------------------ (b) drafts stay private

	@Test
	void anonymousUsersNeverSeeDrafts() throws Exception {
		String word = "磁悬浮轴承";
		String title = word + "高速电机控制器" + Registrations.unique();
		long draft = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, Registrations.patentNumber()));

		mvc.perform(get("/achievements/{id}", draft))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/achievements/{id}", draft))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/achievements/{id}", draft).with(user(enterprise))).andExpect(status().isNotFound());

		// not in the catalogue page, whatever the query or filters
		for (MockHttpServletRequestBuilder page : List.of(get("/achievements").param("q", word),
				get("/achievements").param("q", title), get("/achievements").param("q", word).param("status", "DRAFT"),
				get("/achievements").param("q", word).with(user(enterprise)))) {
			mvc.perform(page)
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("href=\"/achievements/" + draft + "\""))));
		}
		// nor in the search API
		for (MockHttpServletRequestBuilder api : List.of(get("/api/v1/achievements").param("q", word).param("size", "100"),
				get("/api/v1/achievements").param("q", title),
				get("/api/v1/achievements").param("q", word).param("status", "DRAFT").param("size", "100"),
				get("/api/v1/achievements").param("q", word).param("size", "100").with(httpBasic("demo-institution", PASSWORD)))) {
			String body = Registrations.body(mvc.perform(api).andExpect(status().isOk()).andReturn());
			List<Number> ids = JsonPath.read(body, "$.items[*].id");
			assertThat(ids).extracting(Number::longValue).doesNotContain(draft);
			assertThat(body).doesNotContain(title);
		}
		// the holder does see it
		mvc.perform(get("/achievements/{id}", draft).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	// ------------------------------------------------------------------ (c) CSRF on pages, none on the API

	@Test
	void pagesRefuseFormPostsWithoutTheCsrfToken() throws Exception {
		long draft = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("水下机器人声学通信模块" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, draft);

		mvc.perform(post("/my/achievements/{id}/submit", draft).with(user(institution)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/my/achievements/{id}/submit", draft).with(user(institution)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(achievements.findById(draft).orElseThrow().getStatus()).isEqualTo(AchievementStatus.DRAFT);

		// the token was the only thing missing
		mvc.perform(post("/my/achievements/{id}/submit", draft).with(user(institution)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/achievements/" + draft));
		assertThat(achievements.findById(draft).orElseThrow().getStatus()).isEqualTo(AchievementStatus.SUBMITTED);

		String username = "csrf-" + Registrations.unique();
		mvc.perform(post("/signup").params(signUp("钱江应用技术学院" + username, username, validCreditCode())))
			.andExpect(status().isForbidden());
		assertThat(accounts.loadUser(username)).isEmpty();
	}

	// ------------------------------------------------------------------ (d) review is for administrators

	@Test
	void anEnterpriseCannotReview() throws Exception {
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("微流控芯片核酸快速检测" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);

		mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-enterprise", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		// holders do not review their own registrations either
		mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/reviews").with(user(enterprise))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/reviews/{id}/approve", id).with(user(enterprise)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/reviews/{id}/reject", id).param("reason", "x").with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/reviews")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(achievements.findById(id).orElseThrow().getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
		assertThat(achievements.findById(id).orElseThrow().getRegistrationNumber()).isNull();

		mvc.perform(get("/admin/reviews").with(user(admin)))
			.andExpect(status().isOk());
	}

	// ------------------------------------------------------------------ (e) evidence files

	@Test
	void evidenceIsServedOnlyToTheHolderAndAdministrators() throws Exception {
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("高温超导带材连续制备" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadEvidence(mvc, institution, id, "TEST_REPORT", "检测报告 2025.pdf", PDF);
		Evidence file = evidence.findByAchievementIdOrderByUploadedAt(id).get(0);

		mvc.perform(get("/evidence/{id}", file.getId()).with(user(institution2)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("%PDF"))));
		mvc.perform(get("/evidence/{id}", file.getId()).with(user(enterprise))).andExpect(status().isNotFound());
		mvc.perform(get("/evidence/{id}", file.getId()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/evidence/{id}", 987_654_321L).with(user(institution))).andExpect(status().isNotFound());

		mvc.perform(get("/evidence/{id}", file.getId()).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(PDF));
		// another member of the holder organisation, and the administrator
		mvc.perform(get("/evidence/{id}", file.getId()).with(user(load("demo-expert1")))).andExpect(status().isOk());
		mvc.perform(get("/evidence/{id}", file.getId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")));

		// and only the holder removes it
		mvc.perform(post("/my/evidence/{id}/delete", file.getId()).param("achievement", String.valueOf(id))
				.with(user(institution2)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(evidence.findById(file.getId())).isPresent();
	}

	// ------------------------------------------------------------------ (f) organisation administrators

	@Test
	void organisationAdministratorsManageTheirOwnOrganisationOnly() throws Exception {
		String username = "member-" + Registrations.unique();
		mvc.perform(post("/organisation/members").param("username", username).param("password", "member-password-1")
				.param("displayName", "新成员").param("roles", "EXPERT").with(user(institution)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organisation/members"));
		CurrentUser member = accounts.loadUser(username).orElseThrow();
		assertThat(member.organisationId()).isEqualTo(institution.organisationId());
		assertThat(member.roles()).containsExactly(Role.EXPERT);

		// another organisation's administrator
		mvc.perform(post("/organisation/members/{id}/roles", member.id()).param("roles", "INSTITUTION", "ORG_ADMIN")
				.with(user(institution2)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisation/members/{id}/enabled", member.id()).param("enabled", "false")
				.with(user(institution2)).with(csrf()))
			.andExpect(status().isForbidden());
		// a plain member is no administrator
		mvc.perform(post("/organisation/members/{id}/roles", member.id()).param("roles", "INSTITUTION")
				.with(user(load("demo-expert1"))).with(csrf()))
			.andExpect(status().isForbidden());
		// the own administrator cannot grant the platform ADMIN role
		mvc.perform(post("/organisation/members/{id}/roles", member.id()).param("roles", "ADMIN")
				.with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisation/members/{id}/roles", member.id()).param("roles", "EXPERT", "ADMIN")
				.with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		// nor create an administrator directly
		String sneaky = "sneaky-" + Registrations.unique();
		mvc.perform(post("/organisation/members").param("username", sneaky).param("password", "member-password-1")
				.param("displayName", "越权").param("roles", "ADMIN").with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(accounts.loadUser(sneaky)).isEmpty();

		CurrentUser unchanged = accounts.loadUser(username).orElseThrow();
		assertThat(unchanged.roles()).containsExactly(Role.EXPERT);
		assertThat(unchanged.isEnabled()).isTrue();

		// what it may do
		mvc.perform(post("/organisation/members/{id}/roles", member.id()).param("roles", "INSTITUTION", "EXPERT")
				.with(user(institution)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.loadUser(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.INSTITUTION, Role.EXPERT);
		// an API call sees the new roles at once
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "member-password-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("EXPERT"))
			.andExpect(jsonPath("$.roles[1]").value("INSTITUTION"));
		// an organisation administrator cannot drop its own administrator role
		mvc.perform(post("/organisation/members/{id}/roles", institution.id()).param("roles", "INSTITUTION")
				.with(user(institution)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(accounts.loadUser("demo-institution").orElseThrow().roles()).contains(Role.ORG_ADMIN);
	}

	// ------------------------------------------------------------------ (g) unverified organisations

	@Test
	void anUnverifiedOrganisationRegistersAchievementsOnlyOnceVerified() throws Exception {
		String tag = Registrations.unique();
		String username = "signup-" + tag;
		String password = "signup-password-1";
		mvc.perform(post("/signup").params(signUp("浙东理工学院" + tag, username, validCreditCode())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));

		CurrentUser created = accounts.loadUser(username).orElseThrow();
		assertThat(created.organisationVerified()).isFalse();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.ORG_ADMIN, Role.INSTITUTION);
		long organisationId = created.organisationId();
		mvc.perform(get("/api/v1/me").with(httpBasic(username, password)))
			.andExpect(jsonPath("$.organisation.verified").value(false))
			.andExpect(jsonPath("$.organisation.id").value(organisationId));

		String json = Registrations.appliedJson("未认证单位的成果" + tag, Registrations.patentNumber());
		mvc.perform(post("/api/v1/achievements").with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:achievement.register.organisationNotVerified"));

		// only a platform administrator verifies
		mvc.perform(post("/admin/organisations/{id}/verify", organisationId).with(user(accounts.loadUser(username).orElseThrow()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/organisations/{id}/verify", organisationId).with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(accounts.loadUser(username).orElseThrow().organisationVerified()).isFalse();

		mvc.perform(post("/admin/organisations/{id}/verify", organisationId).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/organisations"));
		mvc.perform(post("/admin/organisations/{id}/verify", organisationId).with(user(admin)).with(csrf()))
			.andExpect(status().isConflict());

		// the API reads the verification from the database on the next call
		mvc.perform(post("/api/v1/achievements").with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.holder").value("浙东理工学院" + tag))
			.andExpect(jsonPath("$.holderOrganisationId").value(organisationId));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, password)))
			.andExpect(jsonPath("$.organisation.verified").value(true));
	}

	@Test
	void onlyInstitutionsAndEnterprisesRegisterAchievements() throws Exception {
		String json = Registrations.appliedJson("经纪人不能登记成果" + Registrations.unique(), Registrations.patentNumber());
		for (String username : List.of("demo-broker", "demo-expert1", "demo-financier", "demo-admin")) {
			mvc.perform(post("/api/v1/achievements").with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
					.content(json))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:achievement.register.roleRequired"));
		}
		mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", "wrong-password"))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
	}

	// ------------------------------------------------------------------ helpers

	private CurrentUser load(String username) {
		return (CurrentUser) userDetails.loadUserByUsername(username);
	}

	private static org.springframework.util.MultiValueMap<String, String> signUp(String organisationName, String username,
			String creditCode) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("organisationName", organisationName);
		form.add("creditCode", creditCode);
		form.add("organisationType", "UNIVERSITY");
		form.add("regionCode", "330106");
		form.add("username", username);
		form.add("password", "signup-password-1");
		form.add("displayName", "注册管理员");
		return form;
	}

	/** A fresh valid 统一社会信用代码 from 17 random digits. */
	static String validCreditCode() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 17; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(body.toString());
	}
}
