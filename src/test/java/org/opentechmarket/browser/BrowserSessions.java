package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing in and out through the pages, as a user does, and what a failed browser test keeps, for every browser test. */
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

	/** Where browser tests keep their screenshots: next to the build's test data ({@code target/browser}). */
	static Path screenshots() {
		String dataDir = System.getProperty("otm.test-data-dir");
		Path build = dataDir != null && Path.of(dataDir).getParent() != null ? Path.of(dataDir).getParent() : Path.of("target");
		try {
			return Files.createDirectories(build.resolve("browser"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A full-page screenshot as {@code target/browser/<name>.png}. */
	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve(name + ".png")).setFullPage(true));
	}

	/**
	 * The failure a browser test reports: the original one, with the address of each page and the start of what it showed.
	 * A CI log is often all there is to read; the screenshots ({@code <name>-failure.png}) stay in the build directory.
	 */
	static AssertionError failure(String name, Throwable cause, Page... pages) {
		StringBuilder message = new StringBuilder(String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
		for (int i = 0; i < pages.length; i++) {
			Page page = pages[i];
			if (page == null || page.isClosed()) {
				continue;
			}
			String suffix = pages.length == 1 ? "" : "-" + (i + 1);
			try {
				screenshot(page, name + suffix + "-failure");
			}
			catch (RuntimeException ignored) {
				// the original failure matters more
			}
			try {
				Object text = page.evaluate("() => document.body ? document.body.innerText : ''");
				String shown = String.valueOf(text).replaceAll("\\s+", " ").strip();
				message.append(" | page").append(suffix).append(' ').append(page.url()).append(" shows: ")
					.append(shown, 0, Math.min(shown.length(), 600));
			}
			catch (RuntimeException ignored) {
				message.append(" | page").append(suffix).append(' ').append(page.url());
			}
		}
		return new AssertionError(message.toString(), cause);
	}
}
