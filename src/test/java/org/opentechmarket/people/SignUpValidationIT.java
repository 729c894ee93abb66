package org.opentechmarket.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-up refuses invalid organisations and accounts on the form itself, in Chinese by default and in English on request,
 * and creates nothing when it refuses.
 */
@PlatformTest
class SignUpValidationIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	AccountService accounts;
	@Autowired
	Organisations organisations;
	@Autowired
	UserAccounts users;

	@Test
	void anInvalidCreditCodeIsRefusedInChinese() throws Exception {
		String code = validCreditCode();
		String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		Form form = new Form().creditCode(wrongCheck);
		refused(form, post("/signup"))
			.andExpect(content().string(containsString("统一社会信用代码无效")))
			// what was typed is kept
			.andExpect(content().string(containsString(form.organisationName)))
			.andExpect(content().string(containsString(wrongCheck)));
	}

	@Test
	void aCreditCodeWithForbiddenLettersIsRefused() throws Exception {
		refused(new Form().creditCode("91330106MA2B3C4DI0"), post("/signup"))
			.andExpect(content().string(containsString("统一社会信用代码无效")));
	}

	@Test
	void aTakenUsernameIsRefused() throws Exception {
		refused(new Form().username("demo-institution"), post("/signup"))
			.andExpect(content().string(containsString("该用户名已被使用")));
	}

	@Test
	void anUnknownRegionIsRefused() throws Exception {
		refused(new Form().regionCode("999999"), post("/signup"))
			.andExpect(content().string(containsString("地区代码不存在")));
	}

	@Test
	void anOrganisationAlreadyRegisteredIsRefused() throws Exception {
		String universityCode = CreditCode.complete("12330000MB0000020");
		assertThat(organisations.findByCreditCode(universityCode)).isPresent();
		refused(new Form().creditCode(universityCode.toLowerCase()), post("/signup"))
			.andExpect(content().string(containsString("该单位已注册")));
	}

	@Test
	void allMessagesAtOnceInEnglishWithTheLangParameter() throws Exception {
		Form form = new Form().creditCode("12345").username("demo-enterprise").regionCode("999999");
		refused(form, post("/signup").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Not a valid unified social credit code"),
					containsString("This user name is taken"), containsString("Unknown region code"))))
			.andExpect(content().string(not(containsString("统一社会信用代码无效"))));
	}

	@Test
	void englishWithTheLanguageCookie() throws Exception {
		Form form = new Form().username("demo-broker").regionCode("000000");
		refused(form, post("/signup").cookie(new Cookie("otm-lang", "en")))
			.andExpect(content().string(allOf(containsString("This user name is taken"), containsString("Unknown region code"))))
			.andExpect(content().string(not(containsString("该用户名已被使用"))));
	}

	@Test
	void missingAndMalformedFieldsAreRefusedBeforeAnythingIsChecked() throws Exception {
		refused(new Form().password("short").username("a b"), post("/signup"))
			.andExpect(content().string(containsString("至少 8 个字符")))
			.andExpect(content().string(containsString("3–40 位字母、数字、点、短横线或下划线")));
		refused(new Form().organisationName(" ").displayName(""), post("/signup"))
			.andExpect(content().string(containsString("必填")));
	}

	@Test
	void aValidSignUpCreatesAnUnverifiedOrganisationWithTheCodeUpperCased() throws Exception {
		String code = validCreditCodeWithLetters();
		Form form = new Form().creditCode(" " + code.toLowerCase() + " ");
		int before = accounts.allOrganisations().size();
		form.post(mvc, post("/signup").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));
		assertThat(accounts.allOrganisations()).hasSize(before + 1);
		OrganisationSummary created = organisations.findByCreditCode(code).orElseThrow();
		assertThat(created.creditCode()).isEqualTo(code);
		assertThat(created.name()).isEqualTo(form.organisationName);
		assertThat(created.verified()).isFalse();
		assertThat(created.regionCode()).isEqualTo("330106");
		assertThat(users.loadUser(form.username).orElseThrow().organisationId()).isEqualTo(created.id());
		// the same code a second time is refused
		refused(new Form().creditCode(code), post("/signup")).andExpect(content().string(containsString("该单位已注册")));
	}

	// ------------------------------------------------------------------ helpers

	/** Posts the form, expects the page back with errors, and checks that no organisation and no user was created. */
	private ResultActions refused(Form form, MockHttpServletRequestBuilder request) throws Exception {
		int organisationsBefore = accounts.allOrganisations().size();
		ResultActions result = form.post(mvc, request.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("people/signup"))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(accounts.allOrganisations()).hasSize(organisationsBefore);
		if (!form.username.startsWith("demo-")) {
			assertThat(users.loadUser(form.username)).isEmpty();
		}
		return result;
	}

	static String validCreditCode() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 17; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(body.toString());
	}

	/** Letters where the format allows them (not in the region positions 3–8). */
	static String validCreditCodeWithLetters() {
		String letters = "ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder body = new StringBuilder("91330106");
		for (int i = 0; i < 9; i++) {
			body.append(i % 2 == 0 ? letters.charAt(ThreadLocalRandom.current().nextInt(letters.length()))
					: (char) ('0' + ThreadLocalRandom.current().nextInt(10)));
		}
		return CreditCode.complete(body.toString());
	}

	/** The sign-up form, valid unless told otherwise, with unique names. */
	static final class Form {

		String organisationName = "钱塘应用技术研究所" + unique();
		String creditCode = validCreditCode();
		String organisationType = "INSTITUTE";
		String regionCode = "330106";
		String username = "signup-" + unique();
		String password = "signup-password-1";
		String displayName = "注册测试";

		Form creditCode(String v) {
			creditCode = v;
			return this;
		}

		Form username(String v) {
			username = v;
			return this;
		}

		Form regionCode(String v) {
			regionCode = v;
			return this;
		}

		Form password(String v) {
			password = v;
			return this;
		}

		Form organisationName(String v) {
			organisationName = v;
			return this;
		}

		Form displayName(String v) {
			displayName = v;
			return this;
		}

		ResultActions post(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
			return mvc.perform(request.param("organisationName", organisationName).param("creditCode", creditCode)
				.param("organisationType", organisationType).param("regionCode", regionCode).param("username", username)
				.param("password", password).param("displayName", displayName));
		}

		private static String unique() {
			return java.util.UUID.randomUUID().toString().substring(0, 8);
		}
	}
}
