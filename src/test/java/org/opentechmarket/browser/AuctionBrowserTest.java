package org.opentechmarket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.opentechmarket.browser.BrowserSessions.logIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.AuctionFixtures;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A live auction in two browsers: two bidders (two browser contexts, each signed in) watch the same auction; each sees the
 * other's bid appear without reloading, and when a bid arrives in the last minutes both see the end move (the extension
 * notice) and the outbid bidder is told so.
 */
@PlatformTest
class AuctionBrowserTest {

	static {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	@LocalServerPort
	int port;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	AchievementService achievements;
	@Autowired
	AuctionService auctions;
	@Autowired
	UserAccounts users;

	@Test
	void twoBiddersSeeEachOthersBidsLiveAndAnExtension() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Chromium is not installed at " + CHROMIUM + " — the browser test is skipped (.ci/run installs it: apt-get install chromium)");
		String base = "http://localhost:" + port;
		AuctionFixtures f = new AuctionFixtures(mvc, clock, achievements, auctions, users);
		Auction auction = f.announce(f.freshLot(), null);
		Registration first = f.admit(auction, "demo-enterprise");
		Registration second = f.admit(auction, "demo-enterprise2");
		// ten minutes before the announced end: bidding, not yet in the extension window
		f.to(auction.scheduledEndsAt().minus(Duration.ofMinutes(10)));
		String url = base + "/auctions/" + auction.id();

		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Page a = null;
			Page b = null;
			try {
				BrowserContext contextA = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai").setViewportSize(1280, 900));
				BrowserContext contextB = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setTimezoneId("Asia/Shanghai").setViewportSize(1280, 900));
				a = contextA.newPage();
				b = contextB.newPage();
				logIn(a, base, "demo-enterprise", "demo");
				logIn(b, base, "demo-enterprise2", "demo");
				a.navigate(url);
				b.navigate(url);
				assertThat(a.locator("#my-number")).hasText(first.bidderNumber());
				assertThat(b.locator("#my-number")).hasText(second.bidderNumber());
				assertThat(a.locator("#countdown")).hasText(Pattern.compile("\\d\\d:\\d\\d:\\d\\d"));
				// both pages are connected to the live stream before anyone bids
				a.waitForFunction("() => document.querySelector('#countdown').textContent.indexOf(':') > 0");

				// A bids; B sees it without reloading
				a.locator("#amount").fill("100000");
				a.locator("#place-bid").click();
				assertThat(a.locator("#bid-result")).containsText("第 1 次出价成功");
				assertThat(b.locator("#current-price")).hasText("100000.00");
				assertThat(b.locator("#bid-list tr").first().locator(".bidder")).hasText(first.bidderNumber());
				assertThat(b.locator("#minimum-bid")).hasText("101000.00");
				assertThat(b.locator("#extension-notice")).isHidden();

				// two minutes before the end B outbids A: the end moves for both, and A is told it was outbid
				f.to(auction.scheduledEndsAt().minus(Duration.ofMinutes(2)));
				String endBefore = a.locator("#ends-at").textContent();
				b.locator("#amount").fill("103000");
				b.locator("#place-bid").click();
				assertThat(b.locator("#bid-result")).containsText("第 2 次出价成功");
				assertThat(a.locator("#current-price")).hasText("103000.00");
				assertThat(a.locator("#bid-list tr").first().locator(".bidder")).hasText(second.bidderNumber());
				assertThat(a.locator("#extension-notice")).isVisible();
				assertThat(a.locator("#extension-notice")).containsText("竞价时间延长至");
				assertThat(b.locator("#extension-notice")).isVisible();
				assertThat(a.locator("#ends-at")).not().hasText(endBefore);
				assertThat(a.locator("#personal-notice")).containsText("您的出价已被超过");
				assertThat(a.locator("#leader")).hasText(second.bidderNumber());

				// a refused bid is explained on the page and changes nothing
				a.locator("#amount").fill("103500");
				a.locator("#place-bid").click();
				assertThat(a.locator("#bid-result")).containsText("整数倍");
				assertThat(b.locator("#bid-count")).hasText("2");
			}
			catch (RuntimeException | AssertionError e) {
				throw BrowserSessions.failure("auction", e, a, b);
			}
			finally {
				browser.close();
			}
		}
	}
}
