package org.opentechmarket.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.SignUpForm;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API remembers a signed-in user for a few seconds (otm.security.principal-cache-ttl), yet a change of the account or
 * its organisation applies to the very next call: verification, roles, disabling.
 */
@PlatformTest
class ApiSignInMemoryIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	AccountService accounts;

	@Test
	void theNextApiCallSeesEveryChangeOfTheAccountOrItsOrganisation() throws Exception {
		String username = "memory-" + System.nanoTime() % 1_000_000;
		SignUpForm form = new SignUpForm();
		form.setOrganisationName("签到记忆测试企业" + username);
		StringBuilder code = new StringBuilder("91330102");
		for (int i = 0; i < 9; i++) {
			code.append(ThreadLocalRandom.current().nextInt(10));
		}
		form.setCreditCode(CreditCode.complete(code.toString()));
		form.setOrganisationType(OrganisationType.ENTERPRISE);
		form.setRegionCode("330102");
		form.setUsername(username);
		form.setPassword("memory-password");
		form.setDisplayName("记忆测试");
		long userId = accounts.signUp(form).getId();
		CurrentUser admin = accounts.loadUserByUsername("admin");

		me(username).andExpect(jsonPath("$.organisation.verified").value(false));
		me(username).andExpect(jsonPath("$.organisation.verified").value(false));

		accounts.verify(accounts.loadUserByUsername(username).organisationId(), admin);
		me(username).andExpect(jsonPath("$.organisation.verified").value(true));

		accounts.changeRoles(admin, userId, EnumSet.of(Role.ORG_ADMIN, Role.ENTERPRISE, Role.BROKER));
		me(username).andExpect(jsonPath("$.roles", Matchers.hasItem("BROKER")));
		accounts.changeRoles(admin, userId, EnumSet.of(Role.ORG_ADMIN, Role.ENTERPRISE));
		me(username).andExpect(jsonPath("$.roles", Matchers.not(Matchers.hasItem("BROKER"))));

		accounts.setEnabled(admin, userId, false);
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "memory-password"))).andExpect(status().isUnauthorized());
		accounts.setEnabled(admin, userId, true);
		me(username).andExpect(jsonPath("$.username").value(username));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-password"))).andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.ResultActions me(String username) throws Exception {
		return mvc.perform(get("/api/v1/me").with(httpBasic(username, "memory-password"))).andExpect(status().isOk());
	}
}
