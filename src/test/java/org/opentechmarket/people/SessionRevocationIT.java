package org.opentechmarket.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.MemberForm;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member disabled by their organisation administrator loses the session they have open, over real HTTP. */
@PlatformTest
class SessionRevocationIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void disablingAMemberEndsTheirOpenSession() throws Exception {
		CurrentUser orgAdmin = accounts.loadUserByUsername("demo-enterprise");
		MemberForm form = new MemberForm();
		String username = "member-" + System.nanoTime() % 1_000_000;
		form.setUsername(username);
		form.setPassword("member-password");
		form.setDisplayName("会话测试成员");
		form.setRoles(EnumSet.of(Role.ENTERPRISE));
		long memberId = accounts.addMember(orgAdmin, form).getId();

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String body = "username=" + username + "&password=member-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(browser.send(get("/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		accounts.setEnabled(orgAdmin, memberId, false);

		HttpResponse<String> after = browser.send(get("/account"), HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).contains("/login?expired");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
