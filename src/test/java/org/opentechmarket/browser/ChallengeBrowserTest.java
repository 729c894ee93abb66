package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentechmarket.browser.BrowserSessions.logIn;
import static org.opentechmarket.browser.BrowserSessions.logOut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
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
import org.opentechmarket.challenge.ChallengeFixtures;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A challenge (揭榜挂帅) from posting to award in a real browser, in Chinese: an enterprise posts a call, the administrator
 * approves it (open at once: its window starts today), the university applies with a 混编 team including an engineer of the
 * enterprise, the window closes, the administrator opens the expert review (陈教授 of the university, who leads the team, is
 * recused), the experts
 * score (through the API: their pages are covered by ExpertReviewBrowserTest) and the result is published, the enterprise
 * awards, the university reads its scores and every reviewer's reasons, and the public page shows the award.
 */
@PlatformTest
class ChallengeBrowserTest {

	static {
		// a loaded two-core CI machine renders slower than a desk: give each expectation 15 s instead of Playwright's 5 s
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	@LocalServerPort
	int port;
	@Autowired
	MutableClock clock;
	@Autowired
	ChallengeService challenges;
	@Autowired
	UserAccounts users;
	@Autowired
	MockMvc mvc;

	@Test
	void anEnterprisePostsAUniversityAppliesExpertsReviewAndTheEnterpriseAwards() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		String title = "焊缝视觉跟踪揭榜" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		ChallengeFixtures experts = new ChallengeFixtures(challenges, users, clock, mvc);

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

				// 1. the enterprise posts a challenge through the services menu and submits it
				logIn(page, base, "demo-enterprise", "demo");
				page.waitForFunction("() => window.bootstrap !== undefined");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("服务体系")).or(
						page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("服务体系"))).first().click();
				page.locator("#nav-challenges").click();
				page.waitForURL(base + "/challenges");
				page.locator("#my-challenges").click();
				page.locator("#new-challenge").click();
				LocalDate today = LocalDate.now(clock);
				page.locator("#title").fill(title);
				page.locator("#problem").fill("焊接机器人在拼缝间隙不一致时焊偏，需要基于视觉的焊缝识别与实时纠偏。");
				page.locator("#targets").fill("跟踪精度优于 ±0.3 mm；1 m/min 焊速下实时纠偏。");
				page.locator("#industryCode").selectOption("C");
				page.locator("#bountyAmount").fill("600000");
				page.locator("#opensOn").fill(today.toString());
				page.locator("#closesOn").fill(today.plusDays(19).toString());
				page.locator("#save-challenge").click();
				page.waitForURL(Pattern.compile(".*/my/challenges/[0-9]+/edit"));
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("榜单已保存");
				Matcher m = Pattern.compile("/my/challenges/([0-9]+)/edit").matcher(page.url());
				assertTrue(m.find());
				String id = m.group(1);
				page.locator("#submit-challenge").click();
				page.waitForURL(base + "/my/challenges");
				assertThat(page.locator("#challenge-" + id + " .challenge-status")).hasText("待审核");
				logOut(page, base);

				// 2. the administrator approves it: its window opens today
				logIn(page, base, "admin", "admin-test-password");
				page.navigate(base + "/admin/challenges");
				page.locator("#review-" + id + " .approve-challenge").click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("榜单已通过审核并发布");
				logOut(page, base);

				// 3. the university applies with a mixed team
				logIn(page, base, "demo-institution", "demo");
				page.navigate(base + "/challenges/" + id);
				assertThat(page.locator("#challenge-status")).hasText("揭榜中");
				page.locator("#apply").click();
				page.locator("#proposal").fill("采用结构光视觉传感器与卡尔曼滤波的焊缝跟踪方案，已有样机。");
				page.locator("#plan").fill("三个月完成样机集成，六个月完成产线验证。");
				assertThat(page.locator("[id='team0.organisation']")).hasValue("之江理工大学");
				page.locator("[id='team0.name']").fill("陈立新");
				page.locator("[id='team1.name']").fill("王工");
				page.locator("[id='team1.organisation']").fill("杭州云栖智能装备有限公司");
				page.locator("[id='team1.role']").fill("企业工程师");
				page.locator("#submit-application").click();
				page.waitForURL(Pattern.compile(".*/challenges/applications/[0-9]+"));
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("揭榜申请已提交");
				String application = page.url().replaceAll(".*/", "");
				assertThat(page.locator("#team")).containsText("杭州云栖智能装备有限公司");
				logOut(page, base);

				// 4. the window closes; the administrator opens the expert review; 陈教授 is recused
				clock.advance(Duration.ofDays(20));
				logIn(page, base, "admin", "admin-test-password");
				page.navigate(base + "/admin/challenges");
				page.locator("#panel-" + id).fill("3");
				page.locator("#reviewing-" + id + " .open-reviews").click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("专家评审已发起");
				page.navigate(base + "/my/challenges/" + id);
				String review = page.locator("#application-" + application).getAttribute("data-review");
				page.navigate(base + "/admin/expert-reviews/" + review);
				// 陈教授 (陈立新) works at the university, and leads the team himself: both rules exclude him
				Locator chen = page.locator("#exclusions-0 tr[data-username='demo-expert1']");
				assertThat(chen.filter(new Locator.FilterOptions().setHasText("SAME_ORGANISATION"))).hasCount(1);
				assertThat(chen.filter(new Locator.FilterOptions().setHasText("INVENTOR_OR_APPLICANT"))).hasCount(1);
				logOut(page, base);

				// 5. the experts score and the administrator publishes the result (API)
				assertFalse(experts.panel(Long.parseLong(review)).contains("demo-expert1"));
				experts.scoreAndPublish(Long.parseLong(review), 86, "PASSED");

				// 6. the enterprise awards
				logIn(page, base, "demo-enterprise", "demo");
				page.navigate(base + "/my/challenges/" + id);
				assertThat(page.locator("#application-" + application + " .review-score")).hasText("86.00");
				page.locator(".winner-choice[value='" + application + "']").check();
				page.locator("#award").click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("揭榜结果已公布");
				assertThat(page.locator("#manage-status")).hasText("已定榜");
				logOut(page, base);

				// 7. the university reads its score and every reviewer's reasons
				logIn(page, base, "demo-institution", "demo");
				page.navigate(base + "/challenges/applications/" + application);
				assertThat(page.locator("#won")).isVisible();
				assertThat(page.locator("#review-score")).hasText("86.00");
				page.locator("#review-reasons").click();
				page.waitForURL(base + "/reviews/" + review);
				Locator opinions = page.locator(".reviewer-opinion");
				assertThat(opinions).hasCount(3);
				assertThat(opinions.first()).containsText("评审意见86");
				logOut(page, base);

				// 8. everyone sees the award on the public page
				page.navigate(base + "/challenges/" + id);
				assertThat(page.locator("#challenge-status")).hasText("已定榜");
				assertThat(page.locator("#winners")).containsText("之江理工大学");
				assertThat(page.locator("#award-basis")).hasText("按专家评审得分排名确定。");
				BrowserSessions.screenshot(page, "challenge-award");
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("challenge", e, page);
			}
			finally {
				browser.close();
			}
		}
	}
}
