package org.opentechmarket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class PlatformSmokeTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageIsChineseByDefault() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("开放技术市场")));
	}

	@Test
	void englishOnRequest() throws Exception {
		mvc.perform(get("/achievements").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Achievement catalogue")));
	}

	@Test
	void meAnswersWithRolesAndOrganisation() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("demo-institution", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("demo-institution"))
			.andExpect(jsonPath("$.roles[0]").value("INSTITUTION"))
			.andExpect(jsonPath("$.organisation.name").value("之江理工大学"));
	}

	@Test
	void anonymousMeIsAProblem() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void chineseQueryFindsDemoAchievements() throws Exception {
		mvc.perform(get("/api/v1/achievements").param("q", "复合材料"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThan(0)))
			.andExpect(jsonPath("$.items[0].registrationNumber").isNotEmpty());
	}

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void administratorsSeeWhetherTheWorkingDayCalendarReachesFarEnough() throws Exception {
		mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.workingDayCalendar.status").value("UP"))
			.andExpect(jsonPath("$.components.workingDayCalendar.details.checkedAhead").value("P100D"))
			.andExpect(jsonPath("$.components.workingDayCalendar.details.missingYears").isArray());
	}
}
