package org.opentechmarket.institution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionProfiles;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.institution.domain.ListingStatus;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Owners edit their own profile only; only administrators create profiles, set the level and list or delist. */
@PlatformTest
class ProfileAdministrationIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	AccountService accounts;
	@Autowired
	UserAccounts users;
	@Autowired
	Organisations organisations;
	@Autowired
	InstitutionRegistry registry;
	@Autowired
	InstitutionProfiles profiles;

	InstitutionFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new InstitutionFixtures(accounts, users, registry);
	}

	private InstitutionProfile reload(InstitutionProfile p) {
		return profiles.findById(p.getId()).orElseThrow();
	}

	@Test
	void anotherOrganisationsAdministratorCannotSeeOrEditTheProfile() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		CurrentUser stranger = users.loadUser("demo-enterprise").orElseThrow();
		long id = provider.profile().getId();
		mvc.perform(get("/profiles/{id}/edit", id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/profiles/{id}/edit", id).with(user(stranger)).with(csrf()).param("description", "篡改"))
			.andExpect(status().isNotFound());
		assertThat(reload(provider.profile()).getDescription()).isNull();
		// a plain member without ORG_ADMIN of the owning organisation is refused as well
		CurrentUser expert = users.loadUser("demo-expert5").orElseThrow();
		InstitutionProfile centre = registry.ownProfile(users.loadUser("demo-broker").orElseThrow()).orElseThrow();
		mvc.perform(get("/profiles/{id}/edit", centre.getId()).with(user(expert))).andExpect(status().isNotFound());
	}

	@Test
	void theOwnerEditsTheProfileButNotTheLevel() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		CurrentUser owner = provider.owner().user();
		long id = provider.profile().getId();
		mvc.perform(get("/profiles/mine").with(user(owner))).andExpect(redirectedUrl("/profiles/" + id + "/edit"));
		mvc.perform(post("/profiles/{id}/edit", id).with(user(owner)).with(csrf())
			.param("description", "专利代理与检索服务。")
			.param("services", "IP", "LEGAL")
			.param("regionsText", "330100，330200")
			.param("contactPhone", "0571-88886666")
			.param("contactEmail", "office@example.cn")
			.param("level", "NATIONAL"))
			.andExpect(redirectedUrl("/profiles/" + id + "/edit"));
		InstitutionProfile saved = reload(provider.profile());
		assertThat(saved.getDescription()).isEqualTo("专利代理与检索服务。");
		assertThat(saved.getServices()).containsExactlyInAnyOrder("IP", "LEGAL");
		assertThat(saved.getRegions()).containsExactlyInAnyOrder("330100", "330200");
		assertThat(saved.getLevel()).isEqualTo(InstitutionLevel.NONE);
		mvc.perform(get("/providers/{id}", id))
			.andExpect(content().string(containsString("0571-88886666")))
			.andExpect(content().string(containsString("知识产权")));

		// the level is for administrators only
		mvc.perform(post("/admin/institutions/{id}/level", id).with(user(owner)).with(csrf())
			.param("level", "NATIONAL").param("levelYear", "2024").param("levelDocument", "自封"))
			.andExpect(status().isForbidden());
		assertThat(reload(provider.profile()).getLevel()).isEqualTo(InstitutionLevel.NONE);
	}

	@Test
	void badProfileInputIsShownNextToTheFields() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		long id = provider.profile().getId();
		mvc.perform(post("/profiles/{id}/edit", id).with(user(provider.owner().user())).with(csrf())
			.param("description", "x")
			.param("services", "TIME_TRAVEL")
			.param("regionsText", "330100 999999")
			.param("contactEmail", "not-an-email")
			.param("website", "javascript:alert(1)")
			.param("parentOrganisationId", String.valueOf(provider.owner().organisationId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电子邮箱格式不正确")))
			.andExpect(content().string(containsString("地区代码不存在：999999")))
			.andExpect(content().string(containsString("服务类别不存在")))
			.andExpect(content().string(containsString("请填写以 http:// 或 https:// 开头的网址")))
			.andExpect(content().string(containsString("请选择其他已认证单位")))
			.andExpect(content().string(containsString("not-an-email")));
		assertThat(reload(provider.profile()).getDescription()).isNull();
	}

	@Test
	void administratorsCreateProfilesSetLevelsAndDelist() throws Exception {
		CurrentUser admin = fixtures.admin();
		OrganisationSummary firm = organisations.findOrCreateVerified("测试评估事务所" + InstitutionFixtures.unique(),
				InstitutionFixtures.creditCode("91330100"), OrganisationType.SERVICE_PROVIDER, "330100");
		mvc.perform(get("/admin/institutions").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(firm.name())));
		mvc.perform(post("/admin/institutions").with(user(admin)).with(csrf()).param("organisationId", String.valueOf(firm.id())))
			.andExpect(redirectedUrl("/admin/institutions"))
			.andExpect(flash().attribute("notice", "institution.created"));
		InstitutionProfile profile = profiles.findByOrganisationId(firm.id()).orElseThrow();

		// an enterprise is not a directory organisation
		long enterprise = users.loadUser("demo-enterprise").orElseThrow().organisationId();
		mvc.perform(post("/admin/institutions").with(user(admin)).with(csrf()).param("organisationId", String.valueOf(enterprise)))
			.andExpect(flash().attributeExists("errors"));
		assertThat(profiles.findByOrganisationId(enterprise)).isEmpty();

		// level: a year in the future is refused, a proper recognition is kept
		mvc.perform(post("/admin/institutions/{id}/level", profile.getId()).with(user(admin)).with(csrf())
			.param("level", "CITY").param("levelYear", "2999").param("levelDocument", "杭科〔2024〕1号"))
			.andExpect(flash().attributeExists("errors"));
		assertThat(reload(profile).getLevel()).isEqualTo(InstitutionLevel.NONE);
		mvc.perform(post("/admin/institutions/{id}/level", profile.getId()).with(user(admin)).with(csrf())
			.param("level", "CITY").param("levelYear", "2024").param("levelDocument", "杭科〔2024〕1号"))
			.andExpect(flash().attribute("notice", "institution.levelSet"));
		assertThat(reload(profile).getLevel()).isEqualTo(InstitutionLevel.CITY);

		// suspending needs a reason and hides the profile; listing it again shows it
		mvc.perform(post("/admin/institutions/{id}/status", profile.getId()).with(user(admin)).with(csrf())
			.param("target", "SUSPENDED"))
			.andExpect(flash().attributeExists("errors"));
		assertThat(reload(profile).getStatus()).isEqualTo(ListingStatus.LISTED);
		mvc.perform(post("/admin/institutions/{id}/status", profile.getId()).with(user(admin)).with(csrf())
			.param("target", "SUSPENDED").param("reason", "资质复核"))
			.andExpect(flash().attribute("notice", "institution.statusChanged"));
		mvc.perform(get("/providers/{id}", profile.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/providers/{id}", profile.getId())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/institutions/{id}/status", profile.getId()).with(user(admin)).with(csrf())
			.param("target", "LISTED"))
			.andExpect(flash().attribute("notice", "institution.statusChanged"));
		mvc.perform(get("/providers/{id}", profile.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市级技术转移示范机构")));
	}

	@Test
	void nonAdministratorsCannotUseTheAdministrationPages() throws Exception {
		CurrentUser owner = users.loadUser("demo-broker").orElseThrow();
		mvc.perform(get("/admin/institutions").with(user(owner))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/institutions/{id}/status", 1).with(user(owner)).with(csrf()).param("target", "DELISTED")
			.param("reason", "x")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/feedback").with(user(owner))).andExpect(status().isForbidden());
	}
}
