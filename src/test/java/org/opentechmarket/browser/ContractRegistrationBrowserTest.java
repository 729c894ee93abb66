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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.contract.ContractFixtures;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Contract registration in a real browser, in Chinese: the demo university registers a licence contract pre-filled from a
 * verified deal, the demo registrar (杭州市技术合同登记站, covering 西湖区) returns it once, the university corrects and resubmits
 * it, the registrar registers it, the university downloads the certificate and reads the tax estimate.
 */
@PlatformTest
class ContractRegistrationBrowserTest {

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
	RecordsService records;
	@Autowired
	UserDetailsService users;

	@Test
	void sellerRegistersALicenceFromADealThroughOneReturn(@TempDir Path files) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		String buyer = "杭州浏览器测试科技有限公司" + suffix;
		String project = "锂电池极片涂布缺陷视觉检测专利许可" + suffix;
		long deal = ContractFixtures.verifiedDeal(records, users, buyer, "3600000.00", LocalDate.now(clock).minusDays(12));
		Path signed = pdf(files, "技术许可合同-" + suffix + ".pdf");

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
					.setViewportSize(1280, 900)
					.setAcceptDownloads(true));
				page = context.newPage();

				// 1. the seller picks the verified deal; the form comes pre-filled with the parties and the amount
				logIn(page, base, "demo-institution", "demo");
				page.locator("#nav-contracts").click();
				page.waitForURL(base + "/contracts");
				assertThat(page.locator("#deals")).containsText(buyer);
				page.locator("#prefill-broker-" + deal).click();
				assertThat(page.locator("h1")).containsText("技术合同认定登记");
				assertThat(page.locator("#buyerName")).hasValue(buyer);
				assertThat(page.locator("#sellerName")).hasValue("之江理工大学");
				assertThat(page.locator("#contractAmount")).hasValue("3600000.00");
				assertThat(page.locator("#type")).hasValue("LICENSE");
				assertThat(page.locator("#licenceMode")).hasValue("ORDINARY");
				page.locator("#projectName").fill(project);
				page.locator("#technicalField").selectOption("ADVANCED_MANUFACTURING");
				page.locator("#ipType").selectOption("PATENT");
				page.locator("#buyerRegion").fill("330108");
				page.locator("#buyerNature").selectOption("170");
				page.locator("#sellerNature").selectOption("022");
				page.locator("#document").setInputFiles(signed);
				page.locator("#submit-contract").click();
				page.waitForURL(Pattern.compile(".*/contracts/\\d+$"));
				String contractUrl = page.url();
				assertThat(page.locator("#status")).containsText("已受理");
				assertThat(page.locator("#technical-amount")).containsText("3,600,000.00");
				assertThat(page.locator("#remaining")).containsText("15");
				logOut(page, base);

				// 2. the registrar of the covering point sees it in the queue and returns it once
				logIn(page, base, "demo-registrar", "demo");
				page.locator("#nav-registrar").click();
				page.waitForURL(base + "/registrar/contracts");
				Locator row = page.locator("#queue tr", new Page.LocatorOptions().setHasText(project));
				assertThat(row.locator(".remaining")).hasText("15");
				row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(project)).click();
				page.locator("#reasons").fill("合同名称应写明许可方式，请补正后重新提交");
				page.locator("#return").click();
				assertThat(page.locator("#flash")).containsText("已退回补正");
				assertThat(page.locator("#status")).containsText("退回补正");
				logOut(page, base);

				// 3. the seller corrects the name and resubmits
				logIn(page, base, "demo-institution", "demo");
				page.navigate(contractUrl);
				assertThat(page.locator("#return-reasons")).containsText("许可方式");
				page.locator("#correct").click();
				page.locator("#projectName").fill(project + "（普通许可）");
				page.locator("#submit-contract").click();
				page.waitForURL(contractUrl);
				assertThat(page.locator("#status")).containsText("已受理");
				logOut(page, base);

				// 4. the registrar registers it: a 16-digit number of the 杭州 point
				logIn(page, base, "demo-registrar", "demo");
				page.navigate(contractUrl);
				page.locator("#approve").click();
				assertThat(page.locator("#flash")).containsText("已准予登记");
				assertThat(page.locator("#status")).containsText("已登记");
				String number = page.locator("#registration-number").innerText().strip();
				assertTrue(number.matches("\\d{4}33010001\\d{4}"), number);
				logOut(page, base);

				// 5. the seller downloads the certificate and reads the tax estimate
				logIn(page, base, "demo-institution", "demo");
				page.navigate(contractUrl);
				Page current = page;
				Download download = page.waitForDownload(() -> current.locator("#certificate").click());
				Path certificate = files.resolve("certificate.pdf");
				download.saveAs(certificate);
				try (var doc = Loader.loadPDF(Files.readAllBytes(certificate))) {
					String text = new PDFTextStripper().getText(doc);
					assertTrue(text.contains(number), text);
				}
				assertThat(page.locator("#tax-estimate")).containsText("仅为按所示数据的估算");
				page.locator("#netBookValue").fill("400000");
				page.locator("#relatedTaxes").fill("200000");
				page.locator("#recalculate").click();
				assertThat(page.locator("#tax-income")).hasText("3,000,000.00");
				assertThat(page.locator("#tax-exempt")).hasText("3,000,000.00");
				assertThat(page.locator("#tax-halved")).hasText("0.00");
				assertThat(page.locator("#tax-due")).hasText("0.00");

				Path shot = BrowserSessions.screenshots().resolve("contract-registration.png");
				page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
				assertTrue(Files.size(shot) > 0);
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("contract-registration", e, page);
			}
			finally {
				browser.close();
			}
		}
	}

	private static Path pdf(Path directory, String name) throws IOException {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return Files.write(directory.resolve(name), body.getBytes(StandardCharsets.US_ASCII));
	}
}
