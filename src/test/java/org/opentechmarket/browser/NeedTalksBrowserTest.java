package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;
import static org.opentechmarket.browser.BrowserSessions.logOut;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Technology needs in a real browser, in Chinese: an enterprise posts a need and submits it, the administrator approves it,
 * a university user finds it with a Chinese query and asks to talk, the enterprise accepts, and both see the other's contact
 * (which neither saw before).
 */
@PlatformTest
class NeedTalksBrowserTest {

	static {
		// a loaded two-core CI machine renders slower than a desk: give each expectation 15 s instead of Playwright's 5 s
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void enterprisePostsANeedThatAUniversityFindsAndBothSeeTheContactOnceTheyAgree() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		String title = "晶圆搬运机器人视觉定位" + suffix;
		String enterprisePhone = "0571-8" + suffix.substring(0, 6);
		String universityPhone = "0571-9" + suffix.substring(0, 6);

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

				// 1. the enterprise posts a need and submits it for review
				logIn(page, base, "demo-enterprise", "demo");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的需求")).first().click();
				page.waitForURL(base + "/my/needs");
				page.locator("#new-need").click();
				page.locator("#title").fill(title);
				page.locator("#description").fill("晶圆搬运机器人取放片时需要视觉定位，现有机械对中方式偏差大。");
				page.locator("#currentState").fill("采用机械对中，偶有碰片。");
				page.locator("#targets").fill("定位精度优于 ±0.05 mm，单次定位不超过 200 ms。");
				page.locator("#industryCode").selectOption("C");
				page.locator("#regionCode").selectOption("330100");
				page.locator("input[name=cooperation][value=COMMISSIONED_DEVELOPMENT]").check();
				page.locator("#budgetMin").fill("300000");
				page.locator("#budgetMax").fill("600000");
				page.locator("#minTrl").fill("5");
				page.locator("#deadline").fill(LocalDate.now(clock).plusDays(60).toString());
				page.locator("#contactName").fill("王工");
				page.locator("#contactPhone").fill(enterprisePhone);
				page.locator("#save-need").click();
				page.waitForURL(Pattern.compile(".*/my/needs/[0-9]+/edit"));
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("需求已保存");
				Matcher m = Pattern.compile("/my/needs/([0-9]+)/edit").matcher(page.url());
				org.junit.jupiter.api.Assertions.assertTrue(m.find());
				String id = m.group(1);
				page.locator("#submit-need").click();
				page.waitForURL(base + "/my/needs");
				assertThat(page.locator("#need-" + id)).containsText("待审核");
				logOut(page, base);

				// 2. the administrator approves it
				logIn(page, base, "admin", "admin-test-password");
				page.navigate(base + "/admin/needs");
				page.locator("#review-" + id + " .approve-need").click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("需求已通过审核");
				logOut(page, base);

				// 3. a university user finds it by a Chinese query and asks to talk; the contact is still hidden
				logIn(page, base, "demo-institution", "demo");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("技术需求").setExact(true)).first().click();
				page.waitForURL(base + "/needs");
				page.locator("#q").fill("视觉定位" + suffix);
				page.locator("#needs-search").click();
				Locator hit = page.locator(".need-card a", new Page.LocatorOptions().setHasText(title));
				assertThat(hit).isVisible();
				hit.click();
				assertThat(page.locator("#need-title")).hasText(title);
				assertThat(page.locator("main")).not().containsText(enterprisePhone);
				page.locator("#message").fill("我校团队有晶圆视觉定位的成熟方案，希望洽谈合作。");
				page.locator("#contactName").fill("陈老师");
				page.locator("#contactPhone").fill(universityPhone);
				page.locator("#request-talks").click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("洽谈申请已发送");
				assertThat(page.locator("main")).not().containsText(enterprisePhone);
				logOut(page, base);

				// 4. the enterprise accepts and sees the university's contact
				logIn(page, base, "demo-enterprise", "demo");
				page.navigate(base + "/needs/" + id);
				assertThat(page.locator("#talks")).not().containsText(universityPhone);
				page.locator(".accept-talk").first().click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("已同意洽谈");
				assertThat(page.locator("#talks")).containsText(universityPhone);
				assertThat(page.locator("#need-status")).hasText("洽谈中");
				logOut(page, base);

				// 5. the university sees the enterprise's contact
				logIn(page, base, "demo-institution", "demo");
				page.navigate(base + "/needs/" + id);
				assertThat(page.locator("#need-contact")).containsText(enterprisePhone);
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("need-talks", e, page);
			}
			finally {
				browser.close();
			}
		}
	}

	/** Through the user menu in the navigation bar, as a person would. */
}
