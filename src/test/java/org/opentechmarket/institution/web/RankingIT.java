package org.opentechmarket.institution.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The ranking page and API publish the formula and weights and say which terms have no data source yet (the trading module
 * supplies DEALS_IN_REGION and DEAL_AMOUNT; the other three have none yet).
 */
@PlatformTest
class RankingIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	Clock clock;

	/**
	 * The year the demo ratings were given in: the context started at the real time, and other tests move the shared clock
	 * forward (every publication in a test skips a notice period), so "now" on the test clock may be a later year.
	 */
	static Year demoYear() {
		return Year.now(java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void thePageShowsTheFormulaAndThatTheTermsHaveNoSourceYet() throws Exception {
		MvcResult result = mvc.perform(get("/institutions/ranking").param("year", demoYear().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(demoYear() + " 年度技术转移机构排名")))
			.andExpect(content().string(containsString("0.3 × 本地落地技术交易数 ÷ max")))
			.andExpect(content().string(containsString("0.1 × 拍卖项目数 ÷ max")))
			.andExpect(content().string(containsString("浙江技术转移中心（演示）")))
			// the demo IP agency has two approved ratings, enough to be ranked
			.andExpect(content().string(containsString("浙江知联知识产权代理有限公司（演示）")))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html.split("暂无数据来源 — 计 0 分", -1)).hasSize(4);
		mvc.perform(get("/institutions/ranking").param("year", demoYear().toString()).param("lang", "en"))
			.andExpect(content().string(containsString("no data source yet — counts 0")));
	}

	@Test
	void theApiSaysTheSame() throws Exception {
		mvc.perform(get("/api/v1/rankings/institutions").param("year", demoYear().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.formula", containsString("Σ weight_t")))
			.andExpect(jsonPath("$.terms.length()", is(5)))
			.andExpect(jsonPath("$.terms[?(@.hasSource == true)].term", containsInAnyOrder("DEALS_IN_REGION", "DEAL_AMOUNT")))
			.andExpect(jsonPath("$.terms[?(@.hasSource == false)].note", everyItem(is("no data source yet — counts 0"))))
			.andExpect(jsonPath("$.terms[?(@.term == 'DEALS_IN_REGION')].weight", hasItem(0.30)))
			.andExpect(jsonPath("$.institutions[*].name", hasItem("浙江技术转移中心（演示）")))
			.andExpect(jsonPath("$.institutions[*].score", everyItem(greaterThanOrEqualTo(0.0))))
			.andExpect(jsonPath("$.providerMinRatings", is(2)))
			.andExpect(jsonPath("$.providers[*].name", hasItem("浙江知联知识产权代理有限公司（演示）")));
	}

	@Test
	void aBadYearIsAProblemInTheApiAndAFieldErrorOnThePage() throws Exception {
		mvc.perform(get("/api/v1/rankings/institutions").param("year", "1999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("year")));
		mvc.perform(get("/api/v1/rankings/institutions").param("year", "next"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("year")));
		mvc.perform(get("/institutions/ranking").param("year", String.valueOf(Year.now(clock).getValue() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写 2000 至 " + Year.now(clock).getValue() + " 之间的年份")));
		mvc.perform(get("/institutions/ranking").param("year", "next"))
			.andExpect(content().string(containsString("请填写整数")));
	}
}
