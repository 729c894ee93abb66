package org.opentechmarket.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Deposits in the administrators' hands: the page and the API confirm once, release and forfeit with a reason. */
@PlatformTest
class DepositAdministrationIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	Deposits deposits;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	@Test
	void theApiConfirmsADepositOnceAndOnlyForAdministrators() throws Exception {
		CurrentUser payer = fx().user("demo-enterprise");
		DepositView d = deposits.require(new DepositSubject("tender", TradingFixtures.uniqueId()), payer.organisationId(),
				new BigDecimal("30000"));
		TradingApi api = new TradingApi(mvc);
		api.post("demo-enterprise", "/api/v1/deposits/{id}/confirmation", "{\"bankReference\": \"X\"}", d.id())
			.andExpect(status().isForbidden());
		api.post("demo-admin", "/api/v1/deposits/{id}/confirmation", "{}", d.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bankReference"));
		for (int i = 0; i < 2; i++) {
			api.post("demo-admin", "/api/v1/deposits/{id}/confirmation", "{\"bankReference\": \"BOC-778\"}", d.id())
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONFIRMED"))
				.andExpect(jsonPath("$.amount").value("30000.00"))
				.andExpect(jsonPath("$.bankReference").value("BOC-778"));
		}
		assertThat(fx().audits("deposit.confirm", "deposit", d.id())).isEqualTo(1);
		// the payer sees its deposit; another organisation does not
		api.get("demo-enterprise", "/api/v1/deposits/{id}", d.id()).andExpect(status().isOk());
		api.get("demo-enterprise2", "/api/v1/deposits/{id}", d.id()).andExpect(status().isNotFound());
		api.post("demo-admin", "/api/v1/deposits/{id}/forfeiture", "{\"reason\": \"中标后未签约\"}", d.id())
			.andExpect(jsonPath("$.status").value("FORFEITED"));
		api.post("demo-admin", "/api/v1/deposits/{id}/release", "{\"reason\": \"x\"}", d.id())
			.andExpect(status().isConflict());
	}

	@Test
	void thePageListsOpenDepositsAndConfirmsWithTheBankReference() throws Exception {
		CurrentUser admin = fx().user("demo-admin");
		DepositView d = deposits.require(new DepositSubject("listing", TradingFixtures.uniqueId()),
				fx().user("demo-enterprise3").organisationId(), new BigDecimal("8800"));
		mvc.perform(get("/admin/deposits").with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("deposit-" + d.id())))
			.andExpect(content().string(Matchers.containsString("温州瓯江生物医药有限公司")));
		mvc.perform(get("/admin/deposits").with(user(fx().user("demo-enterprise3")))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/deposits/{id}/confirm", d.id()).param("bankReference", " ").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/admin/deposits/{id}/confirm", d.id()).param("bankReference", "ABC-9").with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "deposit.confirmed"));
		mvc.perform(post("/admin/deposits/{id}/release", d.id()).param("reason", "挂牌未成交").with(user(admin))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deposit.released"));
		assertThat(deposits.find(d.id()).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		mvc.perform(get("/admin/deposits").with(user(admin)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("deposit-" + d.id() + "\""))));
	}
}
