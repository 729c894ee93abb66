package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Idempotency-Key header: a retried POST changes nothing and gets the first answer again. */
@PlatformTest
class IdempotencyKeyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static String need(String title) {
		return "{\"title\":\"" + title + "\",\"description\":\"需要一种快速检测水中重金属的方法\",\"industryCode\":\"N\","
				+ "\"regionCode\":\"330200\",\"cooperation\":[\"TECHNICAL_SERVICE\"],\"budgetNegotiable\":true,"
				+ "\"contactName\":\"李工\",\"contactEmail\":\"li@example.com\"}";
	}

	private MockHttpServletRequestBuilder create(String user, String key, String body) {
		MockHttpServletRequestBuilder request = post("/api/v1/needs").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return key == null ? request : request.header("Idempotency-Key", key);
	}

	private int needsTitled(String title) {
		return jdbc.queryForObject("select count(*) from needs where title = ?", Integer.class, title);
	}

	@Test
	void aRetryWithTheSameKeyReplaysTheFirstAnswerAndCreatesNothing() throws Exception {
		String title = "幂等需求" + UUID.randomUUID().toString().substring(0, 8);
		String key = UUID.randomUUID().toString();
		String first = mvc.perform(create("demo-enterprise", key, need(title)))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(create("demo-enterprise", key, need(title)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(content().json(first));
		assertThat(needsTitled(title)).isEqualTo(1);

		// without a key, or with a new one, the same body is a new request
		mvc.perform(create("demo-enterprise", UUID.randomUUID().toString(), need(title))).andExpect(status().isCreated());
		mvc.perform(create("demo-enterprise", null, need(title))).andExpect(status().isCreated());
		assertThat(needsTitled(title)).isEqualTo(3);
	}

	@Test
	void theSameKeyForAnotherRequestIsRefusedAndKeysBelongToTheirUser() throws Exception {
		String title = "幂等需求" + UUID.randomUUID().toString().substring(0, 8);
		String key = UUID.randomUUID().toString();
		mvc.perform(create("demo-enterprise", key, need(title))).andExpect(status().isCreated());
		mvc.perform(create("demo-enterprise", key, need(title + "改")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different request")));
		assertThat(needsTitled(title + "改")).isZero();

		// another user's identical key is another key
		mvc.perform(create("demo-enterprise2", key, need(title))).andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
		assertThat(needsTitled(title)).isEqualTo(2);
	}

	@Test
	void aRefusedRequestIsReplayedAsRefusedAndABadKeyIsAProblem() throws Exception {
		String key = UUID.randomUUID().toString();
		// an institution may not post needs: the 403 is the request's answer, kept like any other
		mvc.perform(create("demo-institution", key, need("机构不能发布"))).andExpect(status().isForbidden());
		mvc.perform(create("demo-institution", key, need("机构不能发布"))).andExpect(status().isForbidden())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		mvc.perform(create("demo-enterprise", "空 格", need("坏键"))).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(needsTitled("坏键")).isZero();
	}
}
