package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Matching in a real browser, in Chinese: an enterprise posts a need and, on the page it lands on, at once sees ranked
 * achievements with why (the demo university's fabric inspection system first, its matched terms marked) and marks one
 * useful; a need nothing matches gets the honest "no strong match" with the offers to post a challenge or hand it to a
 * broker, and the enterprise hands it to a broker.
 */
@PlatformTest
class NeedMatchesBrowserTest {

	static {
		// a loaded two-core CI machine renders slower than a desk: give each expectation 15 s instead of Playwright's 5 s
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Test
	void anEnterpriseSeesExplainedMatchesAtOnceOrAnHonestNoStrongMatchWithOffers() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Page page = null;
			try {
				BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai")
					.setViewportSize(1280, 900));
				page = context.newPage();
				logIn(page, base, "demo-enterprise", "demo");

				// 1. a need the demo university's fabric inspection system solves: ranked, explained, strong
				post(page, base, "布面瑕疵在线视觉检测" + suffix,
						"织造和印染车间布面高速运行，人工验布漏检多。需要用机器视觉和深度学习在线识别断经、断纬、破洞、油污等瑕疵，替代人工验布。");
				Locator first = page.locator("#strong-matches .match").first();
				assertThat(first.locator(".match-title")).containsText("纺织品瑕疵在线检测系统");
				assertThat(first.locator(".match-title mark").first()).isVisible();
				assertThat(first.locator(".match-why")).containsText("匹配词");
				assertThat(first.locator(".match-why")).containsText("相同行业");
				assertThat(first.locator(".match-score")).containsText("匹配度");
				first.locator(".mark-useful").click();
				assertThat(first.locator(".feedback-saved")).hasText("已记录，谢谢。");
				assertThat(first.locator(".mark-useful")).hasAttribute("aria-pressed", "true");

				// 2. a need nothing on the platform solves: said honestly, with the two ways forward
				// the shared test database may hold the 2,812 real listings by now, where almost any real Chinese text finds
				// some strong match (猫砂配方 matched 宠物便溺器 and herbal 配方): a need sharing no term with any achievement
				// is the one that is certain to have none
				post(page, base, "Trobel fanwick " + suffix, "Trobel fanwick morduin plessat gravont, sulmere fanwick trobel.");
				Locator none = page.locator("#no-strong-match");
				assertThat(none).containsText("在已发布成果中未找到强匹配");
				assertThat(page.locator("#strong-matches")).hasCount(0);
				assertThat(page.locator("#offer-challenge")).hasAttribute("href", Pattern.compile(".*/my/challenges/new\\?need=[0-9]+"));
				page.locator("#offer-broker").click();
				assertThat(page.locator("#broker-request-status")).containsText("已于");
				assertThat(page.locator("#offer-broker")).hasCount(0);
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("need-matches", e, page);
			}
			finally {
				browser.close();
			}
		}
	}

	/** Through "my needs" and the form, as a person would; lands on the saved draft's page. */
	private static void post(Page page, String base, String title, String description) {
		page.navigate(base + "/my/needs");
		page.locator("#new-need").click();
		page.locator("#title").fill(title);
		page.locator("#description").fill(description);
		page.locator("#industryCode").selectOption("C");
		page.locator("#regionCode").selectOption("330100");
		page.locator("#save-need").click();
		page.waitForURL(Pattern.compile(".*/my/needs/[0-9]+/edit"));
		assertThat(page.locator("#need-matches")).isVisible();
	}
}
