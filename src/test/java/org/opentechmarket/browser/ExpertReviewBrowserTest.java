package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;
import static org.opentechmarket.browser.BrowserSessions.logOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
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
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * An expert review in a real browser, in Chinese: the administrator opens a review of a demo-university achievement from its
 * page, a panel of three is drawn and 陈教授 (demo-expert1, of that university) is shown recused with SAME_ORGANISATION; two
 * experts accept (confirming no conflict) and score, the third declines and a replacement is drawn and verified; the
 * replacement scores; the administrator publishes the result, and the holder reads the comments. Experts are taken from
 * what the pages show, since other tests share the database.
 */
@PlatformTest
class ExpertReviewBrowserTest {

	static {
		// a loaded two-core CI machine renders slower than a desk: give each expectation 15 s instead of Playwright's 5 s
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	private static final String ADMIN = "admin";
	private static final String ADMIN_PASSWORD = "admin-test-password";

	@LocalServerPort
	int port;

	@Autowired
	AchievementRepository achievements;
	@Autowired
	Organisations organisations;

	@Test
	void adminOpensAReviewExpertsScoreAndTheHolderReadsTheResult() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		long university = organisations.findByName("之江理工大学").orElseThrow().id();
		Achievement achievement = achievements
			.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(university, AchievementStatus.SUPERSEDED,
					PageRequest.of(0, 500))
			.stream()
			.filter(a -> a.getStatus() == AchievementStatus.PUBLISHED && "demo".equals(a.getCreatedBy()))
			.findFirst()
			.orElseThrow();

		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Page page = null;
			try {
				BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai")
					.setViewportSize(1280, 900));
				page = desk.newPage();

				// 1. the administrator opens an expert review from the achievement's page
				logIn(page, base, ADMIN, ADMIN_PASSWORD);
				page.navigate(base + "/achievements/" + achievement.getId());
				assertThat(page.locator("#expert-reviews")).isVisible();
				page.locator("#open-expert-review").click();
				page.waitForURL(Pattern.compile(".*/admin/expert-reviews/new\\?.*"));
				assertThat(page.locator("#subjectType")).hasValue("ACHIEVEMENT");
				assertThat(page.locator("#subjectId")).hasValue(String.valueOf(achievement.getId()));
				page.locator("#panelSize").fill("3");
				page.locator("#open-review").click();
				page.waitForURL(Pattern.compile(Pattern.quote(base) + "/admin/expert-reviews/\\d+"));
				String reviewUrl = page.url();
				Matcher m = Pattern.compile("/admin/expert-reviews/(\\d+)$").matcher(reviewUrl);
				assertFalse(!m.find());
				String reviewId = m.group(1);
				assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("评审已发起");
				assertThat(page.locator("#subject-link")).hasText(achievement.getTitle());

				// the panel of three, and 陈教授 excluded for working at the holder
				Locator panelRows = page.locator("#panel tbody tr");
				assertThat(panelRows).hasCount(3);
				Locator chen = page.locator("#exclusions-0 tr[data-username='demo-expert1']");
				assertThat(chen).containsText("SAME_ORGANISATION");
				assertThat(chen).containsText("之江理工大学");
				List<String> panel = attributes(page.locator("#panel tbody tr"), "data-username");
				assertEquals(3, panel.size());
				assertFalse(panel.contains("demo-expert1"));
				BrowserSessions.screenshot(page, "expert-review-admin");
				logOut(page, base);

				// 2. two experts accept, confirming no conflict, and score
				int[][] marks = { { 88, 75, 90, 70 }, { 80, 82, 78, 76 } };
				for (int i = 0; i < 2; i++) {
					acceptAndScore(page, base, panel.get(i), reviewId, marks[i], "专家" + (i + 1) + "意见：技术方案可行，数据充分，建议推进产业化。");
				}

				// 3. the third declines; a replacement is drawn
				String decliner = panel.get(2);
				logIn(page, base, decliner, "demo");
				page.navigate(base + "/expert");
				Locator invitation = page.locator(".invitation[data-review='" + reviewId + "']");
				assertThat(invitation).isVisible();
				String assignment = invitation.getAttribute("id").substring("invitation-".length());
				page.locator("#decline-reason-" + assignment).selectOption("OUTSIDE_EXPERTISE");
				page.locator("#decline-note-" + assignment).fill("研究方向不符");
				page.locator("#decline-" + assignment).click();
				assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已谢绝邀请");
				assertThat(page.locator(".invitation[data-review='" + reviewId + "']")).hasCount(0);
				logOut(page, base);

				logIn(page, base, ADMIN, ADMIN_PASSWORD);
				page.navigate(reviewUrl);
				assertThat(page.locator("#panel tbody tr")).hasCount(4);
				assertThat(page.locator("#panel tr[data-username='" + decliner + "']")).containsText("已谢绝");
				List<String> invited = attributes(page.locator("#panel tr[data-status='INVITED']"), "data-username");
				assertEquals(1, invited.size());
				String replacement = invited.get(0);
				assertFalse(panel.contains(replacement) || replacement.equals("demo-expert1"));
				// the replacement draw is recorded and verifies
				assertThat(page.locator("#draw-1")).containsText(replacement);
				page.locator("#verify-1").click();
				assertThat(page.locator("#verification")).containsText("复核一致");
				logOut(page, base);

				// 4. the replacement scores
				acceptAndScore(page, base, replacement, reviewId, new int[] { 60, 65, 70, 72 }, "替补专家意见：市场分析偏弱，需补充应用案例。");

				// 5. the administrator publishes the result
				logIn(page, base, ADMIN, ADMIN_PASSWORD);
				page.navigate(reviewUrl);
				assertThat(page.locator("#review-status")).hasText("评分结束");
				assertThat(page.locator(".submitted-review")).hasCount(3);
				page.locator("#outcome").selectOption("PASSED");
				page.locator("#reasons").fill("三位专家一致认为技术先进、转化前景良好，综合得分高于通过线。");
				page.locator("#publish").click();
				assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("评审结果已公布");
				assertThat(page.locator("#review-status")).hasText("结果已公布");
				logOut(page, base);

				// 6. the holder reads the outcome, the reasons and every comment
				logIn(page, base, "demo-institution", "demo");
				page.navigate(base + "/achievements/" + achievement.getId());
				page.locator("#expert-reviews a[href='/reviews/" + reviewId + "']").click();
				page.waitForURL(base + "/reviews/" + reviewId);
				assertThat(page.locator("#outcome")).hasText("通过");
				assertThat(page.locator("#reasons")).containsText("综合得分高于通过线");
				Locator opinions = page.locator(".reviewer-opinion");
				assertThat(opinions).hasCount(3);
				assertThat(page.locator("main")).containsText("专家1意见：技术方案可行");
				assertThat(page.locator("main")).containsText("专家2意见：技术方案可行");
				assertThat(page.locator("main")).containsText("替补专家意见：市场分析偏弱");
				BrowserSessions.screenshot(page, "expert-review-holder");
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("expert-review", e, page);
			}
			finally {
				browser.close();
			}
		}
	}

	private static void acceptAndScore(Page page, String base, String username, String reviewId, int[] scores, String comments) {
		logIn(page, base, username, "demo");
		page.navigate(base + "/expert");
		Locator invitation = page.locator(".invitation[data-review='" + reviewId + "']");
		assertThat(invitation).isVisible();
		String assignment = invitation.getAttribute("id").substring("invitation-".length());
		page.locator("#confirm-" + assignment).check();
		page.locator("#accept-" + assignment).click();
		page.waitForURL(base + "/expert/assignments/" + assignment);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已接受邀请");
		for (int i = 0; i < scores.length; i++) {
			page.locator("#scores" + i).fill(String.valueOf(scores[i]));
		}
		page.locator("#recommendation").selectOption("RECOMMEND");
		page.locator("#comments").fill(comments);
		page.locator("#submit-scores").click();
		page.waitForURL(base + "/expert");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("评分已提交");
		logOut(page, base);
	}

	private static List<String> attributes(Locator rows, String attribute) {
		return rows.all().stream().map(r -> r.getAttribute(attribute)).toList();
	}
}
