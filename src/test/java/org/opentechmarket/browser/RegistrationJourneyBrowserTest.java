package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;
import static org.opentechmarket.browser.BrowserSessions.logOut;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
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
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registration journey in a real browser (Debian's Chromium driven by Playwright), in Chinese, as real users: a university
 * signs up, the platform administrator verifies it, the university registers an applied achievement with its evidence and
 * submits it, the administrator approves it into public notice, the notice ends and the achievement is published, and an
 * anonymous visitor finds it with a Chinese query and reads its disclosure.
 */
@PlatformTest
class RegistrationJourneyBrowserTest {

	static {
		// a loaded two-core CI machine renders slower than a desk: give each expectation 15 s instead of Playwright's 5 s
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	private static final String ADMIN = "admin";
	private static final String ADMIN_PASSWORD = "admin-test-password";
	private static final String QUERY = "无损检测";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void universityRegistersAnAchievementThatThePublicFindsAfterItsNotice(@TempDir Path files) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");

		String base = "http://localhost:" + port;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String suffix = String.valueOf(random.nextInt(100_000, 1_000_000));
		String organisation = "之江测试大学" + suffix;
		String creditCode = CreditCode.complete("12330106MB" + String.format("%07d", random.nextInt(10_000_000)));
		String username = "uni" + suffix;
		String password = "Secret-" + suffix;
		String displayName = "张老师" + suffix;
		String title = "超声波无损检测机器人" + suffix;

		Path acceptanceOpinion = pdf(files, "验收意见-" + suffix + ".pdf");
		Path testReport = pdf(files, "检测报告-" + suffix + ".pdf");

		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Page page = null;
			Page visitorPage = null;
			try {
				BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai")
					.setViewportSize(1280, 900));
				page = desk.newPage();

				// 1. a new university signs up and lands on its account page, not yet verified
				page.navigate(base + "/signup");
				assertThat(page.locator("h1")).containsText("机构注册");
				page.locator("#organisationName").fill(organisation);
				page.locator("#organisationType").selectOption("UNIVERSITY");
				page.locator("#creditCode").fill(creditCode);
				page.locator("#regionCode").selectOption("330106");
				page.locator("#username").fill(username);
				page.locator("#password").fill(password);
				page.locator("#displayName").fill(displayName);
				page.locator("#email").fill(username + "@example.edu.cn");
				page.locator("#signup-submit").click();
				page.waitForURL(base + "/account");
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("注册成功");
				assertThat(page.locator("#pending-verification")).containsText("待认证");
				assertThat(page.locator("main")).containsText(organisation);
				assertThat(page.locator("main")).containsText(creditCode);
				assertThat(page.locator("main")).containsText("西湖区");

				// 2. it logs out; the administrator verifies the new organisation
				logOut(page, base);
				logIn(page, base, ADMIN, ADMIN_PASSWORD);
				page.navigate(base + "/admin/organisations");
				Locator verify = page.locator("#verify-" + creditCode);
				assertThat(verify).isVisible();
				verify.click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("单位已认证");
				assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(creditCode))).containsText("已认证");
				assertThat(page.locator("#verify-" + creditCode)).hasCount(0);
				logOut(page, base);

				// 3. the university registers an applied achievement, attaches its evidence and submits it
				logIn(page, base, username, password);
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("本单位成果")).click();
				page.waitForURL(base + "/my/achievements");
				assertThat(page.locator("h1")).containsText("本单位成果");
				assertThat(page.locator("main")).not().containsText("本单位尚未通过认证");
				page.locator("#new-achievement").click();
				page.waitForURL(base + "/my/achievements/new");
				assertThat(page.locator("h1")).containsText("登记科技成果");

				page.locator("#title").fill(title);
				page.locator("#category").selectOption("APPLIED");
				page.locator("#keywordsText").fill("无损检测，超声波，爬壁机器人");
				page.locator("#abstractText").fill("本成果研制了一种用于压力容器和管道焊缝检测的超声波无损检测机器人，"
						+ "采用磁吸附爬壁结构和相控阵超声探头，可在高空与狭小空间内自主完成焊缝缺陷扫查，"
						+ "检测效率比人工提高三倍以上，缺陷检出率达到百分之九十八，已在省内多家化工企业试用。");
				assertThat(page.locator("#completingOrganisationsText")).hasValue(organisation);
				page.locator("[id='inventors0.name']").fill("李明");
				page.locator("[id='inventors0.organisation']").fill(organisation);
				page.locator("[id='inventors0.role']").fill("总体设计");
				page.locator("[id='inventors0.share']").fill("100");
				page.locator("#researchStart").fill("2022-01");
				page.locator("#researchEnd").fill("2024-06");
				page.locator("#attribute").selectOption("ORIGINAL");
				page.locator("#evaluationRoute").selectOption("ACCEPTANCE");
				page.locator("#level").selectOption("DOMESTIC_LEADING");
				page.locator("#stage").selectOption("MATURE");
				page.locator("#disciplineCode").selectOption("52020");
				page.locator("#industryCode").selectOption("35");
				page.locator("#regionCode").selectOption("330106");
				page.locator("#fundingSource").selectOption("SELF");
				page.locator("#trl").selectOption("6");
				page.locator("input[name='conversionMethods'][value='TRANSFER']").check();
				page.locator("#priceNegotiable1").check();
				page.locator("#applicationFields").fill("石油化工、特种设备、电力管道的焊缝检测");
				page.locator("#cooperationRequirements").fill("寻求特种设备检测企业受让，并提供现场调试与技术培训");
				page.locator("#save").click();
				page.waitForURL(Pattern.compile(Pattern.quote(base) + "/my/achievements/\\d+/edit.*"));
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");
				assertThat(page.locator("#title")).hasValue(title);
				assertThat(page.locator("#trl")).hasValue("6");

				upload(page, "ACCEPTANCE_OPINION", acceptanceOpinion);
				upload(page, "TEST_REPORT", testReport);
				Locator evidenceTable = page.locator("#evidence table");
				assertThat(evidenceTable).containsText("验收意见");
				assertThat(evidenceTable).containsText("检测报告");

				page.locator("#submit-review").click();
				page.waitForURL(Pattern.compile(Pattern.quote(base) + "/achievements/\\d+"));
				String achievementUrl = page.url();
				assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已提交");
				assertThat(page.locator(".status-badge")).hasText("待审查");
				logOut(page, base);

				// 4. the administrator approves it: a registration number and the public notice
				logIn(page, base, ADMIN, ADMIN_PASSWORD);
				page.navigate(base + "/admin/reviews");
				assertThat(page.locator("h1")).containsText("成果审核");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
				page.waitForURL(achievementUrl);
				page.locator("#approve").click();
				assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已通过审查");
				assertThat(page.locator(".status-badge")).hasText("公示中");
				int year = java.time.LocalDate.now(clock).getYear();
				assertThat(page.locator("main")).containsText(Pattern.compile("登记号 330" + year + "Y\\d{4}"));

				// 5. the notice ends: sixteen days later the administrator publishes the notices that are over
				clock.advance(Duration.ofDays(16));
				page.navigate(base + "/admin/reviews");
				page.locator("#publish-due").click();
				assertThat(page.locator("main")).containsText(Pattern.compile("已发布 [1-9]\\d* 项成果"));
				page.navigate(achievementUrl);
				assertThat(page.locator(".status-badge")).hasText("已发布");
				logOut(page, base);

				// 6. an anonymous visitor finds it with a Chinese query and reads its disclosure, without the evidence
				BrowserContext visitor = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai")
					.setViewportSize(1280, 900));
				visitorPage = visitor.newPage();
				visitorPage.navigate(base + "/");
				assertThat(visitorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登录").setExact(true)))
					.isVisible();
				visitorPage.locator("#home-q").fill(QUERY);
				visitorPage.locator("form[role='search'] button[type='submit']").click();
				visitorPage.waitForURL(Pattern.compile(".*/achievements\\?q=.*"));
				assertThat(visitorPage.locator("#q")).hasValue(QUERY);
				Locator card = visitorPage.locator("article.achievement-card", new Page.LocatorOptions().setHasText(title));
				assertThat(card).isVisible();
				Locator marks = card.locator("h2 mark");
				assertThat(marks.first()).isVisible();
				String marked = String.join("", marks.allTextContents());
				assertTrue(marked.contains("无损") && marked.contains("检测"),
						"the query's words are highlighted in the title, but <mark> holds only: " + marked);
				visitorPage.screenshot(new Page.ScreenshotOptions()
					.setPath(BrowserSessions.screenshots().resolve("registration-journey-search.png"))
					.setFullPage(true));

				card.locator("h2 a").click();
				visitorPage.waitForURL(achievementUrl);
				assertThat(visitorPage.locator("h1")).hasText(title);
				assertThat(visitorPage.locator(".status-badge")).hasText("已发布");
				assertThat(visitorPage.locator("h2", new Page.LocatorOptions().setHasText("转化信息公开"))).isVisible();
				Locator disclosure = visitorPage.locator("dl.disclosure").nth(1);
				assertThat(disclosure).containsText("技术成熟度");
				assertThat(disclosure).containsText("TRL 6");
				assertThat(disclosure).containsText("转让");
				assertThat(disclosure).containsText("面议");
				assertThat(visitorPage.locator("a[href*='/evidence/']")).hasCount(0);
				assertThat(visitorPage.locator("main")).not().containsText("证明材料");
				assertThat(visitorPage.locator("main")).not().containsText(acceptanceOpinion.getFileName().toString());

				Path shot = BrowserSessions.screenshots().resolve("registration-journey.png");
				visitorPage.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
				assertTrue(Files.size(shot) > 0);
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("registration-journey", e, visitorPage != null ? visitorPage : page);
			}
			finally {
				browser.close();
			}
		}
	}

	private static void upload(Page page, String type, Path file) {
		page.locator("#evidence-type").selectOption(type);
		page.locator("#evidence-file").setInputFiles(file);
		page.locator("#upload").click();
		// the page reloads with the file listed; the file name is unique, so this waits for that reload
		assertThat(page.locator("#evidence table")).containsText(file.getFileName().toString());
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("证明材料已上传");
	}

	private static Path pdf(Path directory, String name) throws IOException {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return Files.write(directory.resolve(name), body.getBytes(StandardCharsets.US_ASCII));
	}
}
