package org.opentechmarket.institution.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionProfiles;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous visitors read the directories, the profiles and the JSON API; bad filters are field errors and problems. */
@PlatformTest
class DirectoryIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	Organisations organisations;
	@Autowired
	InstitutionProfiles profiles;
	@Autowired
	UserAccounts users;

	private InstitutionProfile demoCentre() {
		long organisation = organisations.findByCreditCode(CreditCode.complete("12330000MB0000080")).orElseThrow().id();
		return profiles.findByOrganisationId(organisation).orElseThrow();
	}

	private InstitutionProfile demoProvider(String creditCode17) {
		long organisation = organisations.findByCreditCode(CreditCode.complete(creditCode17)).orElseThrow().id();
		return profiles.findByOrganisationId(organisation).orElseThrow();
	}

	@Test
	void anonymousVisitorsBrowseTheInstitutionDirectoryAndProfile() throws Exception {
		InstitutionProfile centre = demoCentre();
		long broker = users.loadUser("demo-broker").orElseThrow().id();
		mvc.perform(get("/institutions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("浙江技术转移中心（演示）")))
			.andExpect(content().string(containsString("/institutions/" + centre.getId())))
			.andExpect(content().string(not(containsString("浙江知联知识产权代理有限公司"))));
		mvc.perform(get("/institutions/{id}", centre.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("省级技术转移示范机构")))
			.andExpect(content().string(containsString("王经纪")))
			.andExpect(content().string(containsString("href=\"/brokers/" + broker + "\"")))
			.andExpect(content().string(containsString("协助完成两项专利转让")))
			.andExpect(content().string(containsString("登录后可评价或投诉")));
		// the wrong directory does not show it
		mvc.perform(get("/providers/{id}", centre.getId())).andExpect(status().isNotFound());
	}

	@Test
	void providersAreFilteredByServiceRegionLevelAndText() throws Exception {
		mvc.perform(get("/providers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("浙江知联知识产权代理有限公司（演示）")))
			.andExpect(content().string(containsString("杭州衡信资产评估有限公司（演示）")));
		mvc.perform(get("/providers").param("service", "VALUATION"))
			.andExpect(content().string(containsString("杭州衡信资产评估有限公司（演示）")))
			.andExpect(content().string(not(containsString("浙江明律律师事务所（演示）"))));
		// 知联 serves Hangzhou and Ningbo; 衡信 the whole province, so it serves Wenzhou too
		mvc.perform(get("/providers").param("region", "330300"))
			.andExpect(content().string(containsString("杭州衡信资产评估有限公司（演示）")))
			.andExpect(content().string(not(containsString("浙江知联知识产权代理有限公司（演示）"))));
		mvc.perform(get("/providers").param("q", "律师"))
			.andExpect(content().string(containsString("浙江明律律师事务所（演示）")))
			.andExpect(content().string(not(containsString("杭州衡信资产评估有限公司（演示）"))));
		mvc.perform(get("/institutions").param("level", "NATIONAL"))
			.andExpect(content().string(not(containsString("浙江技术转移中心（演示）"))));
	}

	@Test
	void badFiltersAreFieldErrorsOnThePage() throws Exception {
		mvc.perform(get("/providers").param("region", "999999").param("service", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("地区代码不存在")))
			.andExpect(content().string(containsString("服务类别不存在")))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(get("/institutions").param("level", "GALACTIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("格式不正确")))
			.andExpect(content().string(not(containsString("浙江技术转移中心（演示）</a>"))));
	}

	@Test
	void theApiIsAnonymousAndDocumentsStaffAndRatings() throws Exception {
		InstitutionProfile centre = demoCentre();
		long broker = users.loadUser("demo-broker").orElseThrow().id();
		mvc.perform(get("/api/v1/institutions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("浙江技术转移中心（演示）")));
		mvc.perform(get("/api/v1/institutions/{id}", centre.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.profile.services", hasItem("BROKERAGE")))
			.andExpect(jsonPath("$.staff[*].profile", hasItem("/brokers/" + broker)))
			.andExpect(jsonPath("$.ratings.published[*].comment", hasItem("协助完成两项专利转让，经纪服务到位。")))
			.andExpect(jsonPath("$.contact.phone").value("0571-87000080"));
		InstitutionProfile ip = demoProvider("91330106MA0000110");
		mvc.perform(get("/api/v1/providers").param("service", "IP"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(ip.getId().intValue())));
		mvc.perform(get("/api/v1/providers/{id}", ip.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ratings.count").value(2))
			.andExpect(jsonPath("$.ratings.average").value(4.5));
		mvc.perform(get("/api/v1/institutions/{id}", ip.getId()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badApiFiltersAreProblemsWithFieldErrors() throws Exception {
		mvc.perform(get("/api/v1/providers").param("region", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("region"));
		mvc.perform(get("/api/v1/institutions").param("level", "GALACTIC"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].code").value("institution.level.unknown"));
	}
}
