package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing in and out through the pages, as a user does, for every browser test. */
final class BrowserSessions {

	private BrowserSessions() {
	}

	static void logIn(Page page, String base, String username, String password) {
		page.navigate(base + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
		page.waitForURL(base + "/");
		assertThat(page.locator("nav .dropdown-toggle").last()).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登录").setExact(true))).hasCount(0);
	}

	static void logOut(Page page, String base) {
		// the menu opens with Bootstrap's script, which loads deferred: a click before it has loaded does nothing
		page.waitForFunction("() => window.bootstrap !== undefined");
		page.locator("nav li.dropdown:has(form[action$='/logout']) > .dropdown-toggle").click();
		Locator logout = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出"));
		assertThat(logout).isVisible();
		logout.click();
		page.waitForURL(base + "/");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登录").setExact(true))).isVisible();
	}
}
