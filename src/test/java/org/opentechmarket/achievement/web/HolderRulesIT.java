package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Who may act for a holder, when objections are taken, what stays readable, how deep the catalogue pages. */
@PlatformTest
class HolderRulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AchievementService service;

	@Autowired
	UserDetailsService users;

	private CurrentUser institution() {
		return (CurrentUser) users.loadUserByUsername("demo-institution");
	}

	@Test
	void anExpertOfTheHoldingUniversityCannotChangeItsRegistrations() throws Exception {
		long id = Registrations.publish(mvc, institution(),
				Registrations.appliedJson("专家不可撤回的成果" + Registrations.unique(), Registrations.patentNumber()), clock, service);
		// demo-expert1 works at the demo university but holds no registrant role
		mvc.perform(post("/api/v1/achievements/{id}/withdraw", id).with(httpBasic("demo-expert1", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"试图撤回\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/achievements/{id}/converted", id).with(httpBasic("demo-expert1", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"试图声明转化\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/achievements/{id}", id)).andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void objectionsCloseWhenTheNoticeEndsEvenBeforeThePublisherRuns() throws Exception {
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("公示期满不再受理异议" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution(), id);
		Registrations.submit(mvc, "demo-institution", id);
		Registrations.approve(mvc, id);
		clock.advance(Duration.ofDays(15).plusMinutes(1));
		mvc.perform(post("/api/v1/achievements/{id}/objections", id).with(httpBasic("demo-enterprise", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"公示期已过仍提出的异议理由\"}"))
			.andExpect(status().isConflict());
		assertThat(service.publishDueNotices()).isPositive();
		mvc.perform(get("/api/v1/achievements/{id}", id)).andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void aSupersededVersionStaysPubliclyReadable() throws Exception {
		long id = Registrations.publish(mvc, institution(),
				Registrations.appliedJson("修订前的版本仍可查阅" + Registrations.unique(), Registrations.patentNumber()), clock, service);
		long revision = Registrations.id(mvc.perform(post("/api/v1/achievements/{id}/revisions", id)
				.with(httpBasic("demo-institution", "demo"))).andExpect(status().isCreated()).andReturn());
		Registrations.submit(mvc, "demo-institution", revision);
		mvc.perform(post("/api/v1/achievements/{id}/approve", revision).with(httpBasic("demo-admin", "demo")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/achievements/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUPERSEDED"));
		mvc.perform(get("/achievements/{id}", id)).andExpect(status().isOk());
	}

	@Test
	void aNumberFieldWithTextGetsAFieldMessageInTheUsersLanguage() throws Exception {
		for (String[] language : new String[][] { { "zh_CN", "请填写数字" }, { "en", "Enter a number" } }) {
			mvc.perform(post("/my/achievements").param("lang", language[0]).param("title", "价格填错的草稿")
					.param("category", "APPLIED").param("priceMin", "一百万")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.user(institution()))
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.containsString(language[1])))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Failed to convert"))));
		}
	}

	@Test
	void absurdlyDeepPagesAreAnsweredNotFailed() throws Exception {
		mvc.perform(get("/api/v1/achievements").param("q", "技术").param("page", "30000000").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isArray());
		mvc.perform(get("/achievements").param("page", "30000000")).andExpect(status().isOk());
	}
}
