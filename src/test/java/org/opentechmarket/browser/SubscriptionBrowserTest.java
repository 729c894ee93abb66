package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.subscription.domain.PushJob;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Push in a real browser, in Chinese: an enterprise searches the catalogue, subscribes to the search, and after a matching
 * achievement is published and the day's digest has run, finds the digest in its inbox and the achievement in it.
 */
@PlatformTest
class SubscriptionBrowserTest {

	static {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	private static final String RARE = "甬瓯婺衢嵊溧鄞浒濮鹞鳐鲟蚶蛏蜊蚝鲳鲈鳊鳜";

	@LocalServerPort
	int port;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	AchievementService achievements;
	@Autowired
	UserAccounts users;
	@Autowired
	PushJob push;

	@Test
	void anEnterpriseSubscribesToASearchAndFindsTheNewAchievementInItsDigest() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		String base = "http://localhost:" + port;
		StringBuilder term = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			term.append(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
		}
		String query = term + "声学诊断";
		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
				.setTimezoneId("Asia/Shanghai")
				.setViewportSize(1280, 900)).newPage();
			logIn(page, base, "demo-enterprise3", "demo");

			// search the catalogue (nothing yet) and subscribe to the search
			page.navigate(base + "/achievements?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
			page.locator("#subscribe-search button").click();
			page.waitForURL(url -> url.contains("/my/subscriptions/new"));
			assertThat(page.locator("#text")).hasValue(query);
			page.locator("#save-subscription").click();
			page.waitForURL(base + "/my/subscriptions");
			assertThat(page.locator("#subscriptions")).containsText(query);

			// a matching achievement is published; the next morning's digest runs
			Registrations.publish(mvc, users.loadUser("demo-institution").orElseThrow(),
					Registrations.appliedJson(term + "减速器声学诊断系统", Registrations.patentNumber(),
							"一种基于" + term + "声学诊断的伺服减速器在线检测系统，采集运转噪声与振动信号，经特征提取与分类模型判断异响类型，"
									+ "单台检测时间不超过三十秒，已在装配线上试用。"),
					clock, achievements);
			clock.advance(Duration.ofDays(1));
			push.run();

			page.navigate(base + "/inbox");
			// newest first: this period's digest
			page.locator("#inbox-messages li", new Page.LocatorOptions().setHasText("推送摘要")).first().locator("button").click();
			page.waitForURL(url -> url.contains("/my/digests/"));
			assertThat(page.locator("#digest-matches")).containsText(term + "减速器声学诊断系统");
			browser.close();
		}
	}
}
