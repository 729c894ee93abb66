package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.opentechmarket.achievement.web.Registrations.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every API error is an RFC 9457 problem (application/problem+json) and never carries a stack trace. */
@PlatformTest
class ApiProblemDetailsIT {

	private static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	AchievementRepository achievements;

	@Test
	void anUnknownEnumValueIsABadRequestProblemWithoutInternals() throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"类型错误的成果\", \"category\": \"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andReturn();
		assertNoInternals(Registrations.body(result));
	}

	@Test
	void malformedJsonAndWrongTypesAreBadRequestProblems() throws Exception {
		for (String body : List.of("{\"title\": ", "[1, 2]", "{\"title\": \"x\", \"trl\": \"seven\"}",
				"{\"title\": \"x\", \"acceptanceDate\": \"2024-13-45\"}", "{\"title\": \"x\", \"inventors\": \"张三\"}")) {
			MvcResult result = mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM))
				.andReturn();
			assertNoInternals(Registrations.body(result));
		}
	}

	@Test
	void domainValidationListsTheFieldsInTheUsersLanguage() throws Exception {
		MvcResult zh = mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\": \"APPLIED\", \"regionCode\": \"999999\", \"classified\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:error.validation"))
			.andExpect(jsonPath("$.instance").value("/api/v1/achievements"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("classified")))
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message", hasItem("地区代码不存在。")))
			.andReturn();
		assertNoInternals(Registrations.body(zh));
		mvc.perform(post("/api/v1/achievements").param("lang", "en").with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"category\": \"APPLIED\", \"regionCode\": \"999999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message", hasItem("Unknown region code.")));
	}

	@Test
	void anUnknownIdIsANotFoundProblem() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/achievements/{id}", 987_654_321L))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:achievement.notFound"))
			.andExpect(jsonPath("$.instance").value("/api/v1/achievements/987654321"))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andReturn();
		assertNoInternals(Registrations.body(result));
		mvc.perform(post("/api/v1/achievements/{id}/submit", 987_654_321L).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(get("/api/v1/codes/{table}", "planets"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void approvingTwiceIsAConflictProblem() throws Exception {
		CurrentUser institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("光纤光栅应变传感网络" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		String number = Registrations.approve(mvc, id);

		MvcResult again = mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:achievement.transition.notAllowed"))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andReturn();
		assertNoInternals(Registrations.body(again));
		// the refused second approval changed nothing
		assertThat(achievements.findById(id).orElseThrow().getRegistrationNumber()).isEqualTo(number);
	}

	@Test
	void unauthenticatedAndForbiddenAreProblemsToo() throws Exception {
		mvc.perform(post("/api/v1/achievements").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/actuator/metrics").with(httpBasic("demo-enterprise", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(post("/api/v1/objections/{id}/resolve", 1).with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\": true, \"resolution\": \"x\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
	}

	@Test
	void theApiDocumentationListsTheRegistryAndItsProblems() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/achievements")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/achievements/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/achievements/{id}/approve")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("201")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("400")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("401")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("403")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("404")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses", hasKey("409")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements/{id}/approve'].post.responses", hasKey("409")))
			.andExpect(jsonPath("$.paths['/api/v1/achievements'].post.responses['400'].content",
					hasKey("application/problem+json")))
			.andExpect(content().string(containsString("Achievements")));
	}

	@Test
	void aDraftWithOddValuesIsRefusedAsABadRequestNotAServerError() throws Exception {
		for (String body : List.of(
				"{\"title\": \"研究期间写成日期\", \"category\": \"APPLIED\", \"researchStart\": \"2021-03-01\"}",
				"{\"title\": \"技术就绪度超范围\", \"category\": \"APPLIED\", \"trl\": 12}",
				"{\"title\": \"完成人缺姓名\", \"category\": \"APPLIED\", \"inventors\": [{\"share\": 50}]}",
				"{\"title\": \"贡献比例超大\", \"category\": \"APPLIED\", \"inventors\": [{\"name\": \"甲\", \"organisation\": \"乙\", \"share\": 5000}]}",
				"{\"title\": \"知识产权缺类型\", \"category\": \"APPLIED\", \"ipRights\": [{\"number\": \"ZL1\"}]}",
				"{\"title\": \"关键词过长\", \"category\": \"APPLIED\", \"keywords\": [\"" + "长".repeat(61) + "\"]}")) {
			MvcResult result = mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(body).isIn(201, 400);
			if (result.getResponse().getStatus() == 400) {
				assertThat(result.getResponse().getContentType()).startsWith(PROBLEM);
			}
		}
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "tools.jackson", "com.fasterxml", "\tat ",
				"org.opentechmarket", "Hibernate", "SQL");
	}
}
