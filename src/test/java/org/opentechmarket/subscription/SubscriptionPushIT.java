package org.opentechmarket.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.MemberForm;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.subscription.domain.PushJob;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Push end to end, against a real SMTP server in the test JVM (GreenMail): a saved search gets a new strong match in one
 * digest (inbox and mail with a working unsubscribe link), never twice; a need opening reaches the matching achievement's
 * holder without the enterprise's contact; a failed send is retried and never repeated once sent.
 */
@PlatformTest
class SubscriptionPushIT {

	/** Rare characters: a term made of them is in no other test's text, so its matches are this test's. */
	private static final String RARE = "甬瓯婺衢嵊溧鄞浒濮鹞鳐鲟蚶蛏蜊蚝鲳鲈鳊鳜";

	@Autowired
	MockMvc mvc;
	@Autowired
	PushJob push;
	@Autowired
	AchievementService achievements;
	@Autowired
	NeedService needs;
	@Autowired
	AccountService accounts;
	@Autowired
	UserAccounts users;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcTemplate jdbc;

	static String rareTerm() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			s.append(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
		}
		return s.toString();
	}

	/** A new member with an e-mail address, added by the organisation's administrator. */
	CurrentUser member(String orgAdmin, Role role, String email) {
		MemberForm form = new MemberForm();
		form.setUsername("push-" + Registrations.unique());
		form.setPassword("push-test-password");
		form.setDisplayName("推送测试用户");
		form.setEmail(email);
		form.setRoles(EnumSet.of(role));
		long id = accounts.addMember(users.loadUser(orgAdmin).orElseThrow(), form).getId();
		return users.findUser(id).orElseThrow();
	}

	long publish(String title, String abstractText) throws Exception {
		CurrentUser holder = users.loadUser("demo-institution").orElseThrow();
		return Registrations.publish(mvc, holder,
				Registrations.appliedJson(title, Registrations.patentNumber(), abstractText), clock, achievements);
	}

	/** The next digest period starts: what was queued before it is matched and sent. */
	PushJob.Report nextPeriod() {
		clock.advance(Duration.ofDays(1));
		return push.run();
	}

	long digestMessages(CurrentUser user) {
		return jdbc.queryForObject(
				"select count(*) from inbox_messages where user_id = ? and message_key = 'subscription.inbox.digest'", Long.class,
				user.id());
	}

	@Test
	void aSavedSearchGetsANewStrongMatchOnceByInboxAndMailUntilUnsubscribed() throws Exception {
		TestMailServer.get();
		String term = rareTerm();
		String email = "search-" + Registrations.unique() + "@otm.test";
		CurrentUser subscriber = member("demo-enterprise", Role.ENTERPRISE, email);

		// the catalogue's "subscribe to this search" opens the form filled with the search
		mvc.perform(get("/my/subscriptions/new").param("q", term + "耐蚀涂层").param("industrySection", "C").with(user(subscriber)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + term + "耐蚀涂层\"")));
		mvc.perform(post("/my/subscriptions").with(user(subscriber)).with(csrf()).param("text", term + "耐蚀涂层")
			.param("name", "涂层订阅" + term).param("industryCode", "C").param("regionCode", ""))
			.andExpect(redirectedUrl("/my/subscriptions"));

		long first = publish(term + "耐蚀涂层制备技术", "本成果提出一种" + term + "耐蚀涂层的制备方法，采用等离子喷涂与后处理工艺，"
				+ "涂层结合强度高、孔隙率低，在海洋大气环境中耐蚀寿命显著延长，已在多家企业完成中试验证。");
		PushJob.Report report = nextPeriod();
		assertThat(report.matched().entries()).isGreaterThanOrEqualTo(1);

		assertThat(digestMessages(subscriber)).isEqualTo(1);
		List<MimeMessage> mails = TestMailServer.messagesTo(email);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains("开放技术市场").contains("新匹配成果");
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		String html = TestMailServer.part(mail, "text/html");
		String text = TestMailServer.part(mail, "text/plain");
		assertThat(html).contains(term + "耐蚀涂层制备技术").contains("http://otm.test/achievements/" + first)
			.contains("涂层订阅" + term);
		assertThat(text).contains(term + "耐蚀涂层制备技术").contains("http://otm.test/achievements/" + first);
		String unsubscribe = link(text, "http://otm.test/unsubscribe\\?t=[0-9A-Za-z._-]+");
		assertThat(html).contains(unsubscribe);
		assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + unsubscribe + ">");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

		// the digest page shows it to its recipient only
		String digestPath = jdbc.queryForObject("select link from inbox_messages where user_id = ? "
				+ "and message_key = 'subscription.inbox.digest'", String.class, subscriber.id());
		mvc.perform(get(digestPath).with(user(subscriber)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(term + "耐蚀涂层制备技术")));
		mvc.perform(get(digestPath).with(user(users.loadUser("demo-enterprise2").orElseThrow())))
			.andExpect(status().isNotFound());

		// again in the same period, and in the next one: nothing new, never the same pair twice
		push.run();
		nextPeriod();
		assertThat(digestMessages(subscriber)).isEqualTo(1);
		assertThat(TestMailServer.messagesTo(email)).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from push_entries e join subscriptions s on s.id = e.subscription_id "
				+ "where s.user_id = ? and e.achievement_id = ?", Long.class, subscriber.id(), first)).isEqualTo(1);

		// the unsubscribe link works without signing in: GET asks, POST (also RFC 8058 one-click, no CSRF token) stops mail
		URI uri = URI.create(unsubscribe);
		String token = uri.getQuery().substring(2);
		mvc.perform(get("/unsubscribe").param("t", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirm-unsubscribe")));
		mvc.perform(get("/unsubscribe").param("t", token.substring(0, token.length() - 2) + "xx"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/unsubscribe").param("t", token).contentType("application/x-www-form-urlencoded")
			.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unsubscribed\"")));

		publish(term + "耐蚀涂层二代工艺", "在" + term + "耐蚀涂层制备技术基础上改进喷涂参数与封孔剂配方，涂层耐盐雾时间提高一倍，"
				+ "适用于海上风电塔筒与船舶甲板设备的长效防护，已形成工艺规范与质量检测方法。");
		nextPeriod();
		assertThat(digestMessages(subscriber)).as("the inbox still gets the digest").isEqualTo(2);
		assertThat(TestMailServer.messagesTo(email)).as("but no more mail").hasSize(1);
	}

	@Test
	void aNeedOpeningTellsTheMatchingAchievementsHolderWithoutTheEnterprisesContact() throws Exception {
		TestMailServer.get();
		String term = rareTerm();
		String holderEmail = "holder-" + Registrations.unique() + "@otm.test";
		CurrentUser holder = member("demo-institution", Role.INSTITUTION, holderEmail);
		long achievement = publish(term + "轴承钢真空渗碳工艺", "本成果为" + term + "轴承钢真空低压渗碳与高压气淬一体化工艺，"
				+ "渗层均匀、变形小，零件疲劳寿命提高百分之三十，适用于精密轴承与齿轮的批量热处理生产。");
		nextPeriod();
		int before = TestMailServer.messagesTo(holderEmail).size();

		CurrentUser enterprise = users.loadUser("demo-enterprise").orElseThrow();
		String contactName = "联系人" + term;
		String contactPhone = "0571-8" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		String contactEmail = "secret-" + Registrations.unique() + "@corp.example";
		NeedContent content = new NeedContent(term + "轴承钢真空渗碳", "我公司生产" + term + "精密轴承，需要轴承钢真空渗碳工艺，"
				+ "降低热处理变形，提高疲劳寿命。", "目前采用气体渗碳，变形较大。", "疲劳寿命提高 20% 以上。", "C", null, "330106",
				Set.of(Cooperation.LICENSE), false, new BigDecimal("300000"), new BigDecimal("800000"), 5,
				LocalDate.now(clock).plusDays(90), contactName, contactPhone, contactEmail, List.of("真空渗碳"));
		Need need = needs.create(enterprise, content, null);
		needs.submit(enterprise, need.getId());
		needs.approve(users.loadUser("admin").orElseThrow(), need.getId());

		// the enterprise's members follow their open need by default
		assertThat(jdbc.queryForObject("select count(*) from subscriptions where user_id = ? and need_id = ? and by_default",
				Long.class, enterprise.id(), need.getId())).isEqualTo(1);

		nextPeriod();
		assertThat(jdbc.queryForObject("select count(*) from push_entries where user_id = ? and kind = 'HOLDER' "
				+ "and need_id = ? and achievement_id = ?", Long.class, holder.id(), need.getId(), achievement)).isEqualTo(1);
		assertThat(digestMessages(holder)).isEqualTo(1);
		List<MimeMessage> mails = TestMailServer.messagesTo(holderEmail);
		assertThat(mails).hasSize(before + 1);
		MimeMessage mail = mails.get(mails.size() - 1);
		String html = TestMailServer.part(mail, "text/html");
		String text = TestMailServer.part(mail, "text/plain");
		assertThat(html).contains(term + "轴承钢真空渗碳").contains("http://otm.test/needs/" + need.getId())
			.contains(term + "轴承钢真空渗碳工艺");
		for (String part : List.of(html, text, mail.getSubject())) {
			assertThat(part).doesNotContain(contactName).doesNotContain(contactPhone).doesNotContain(contactEmail);
		}

		// once only
		nextPeriod();
		assertThat(TestMailServer.messagesTo(holderEmail)).hasSize(before + 1);
		assertThat(digestMessages(holder)).isEqualTo(1);
	}

	@Test
	void aFailedSendIsRetriedOnTheNextRunAndNeverSentTwice() throws Exception {
		TestMailServer.get();
		String term = rareTerm();
		String email = "retry-" + Registrations.unique() + "@otm.test";
		CurrentUser subscriber = member("demo-enterprise2", Role.ENTERPRISE, email);
		// saved while using the English pages: the digest mail is in English
		mvc.perform(post("/my/subscriptions").param("lang", "en").with(user(subscriber)).with(csrf())
			.param("text", term + "海水淡化膜"))
			.andExpect(redirectedUrl("/my/subscriptions"));
		publish(term + "海水淡化膜组件", "一种" + term + "海水淡化膜组件及其制备方法，采用界面聚合与纳米改性，脱盐率高、"
				+ "通量大、抗污染能力强，适用于海岛与沿海企业的海水淡化工程，已建成示范装置稳定运行。");

		TestMailServer.stop();
		try {
			nextPeriod();
		}
		finally {
			TestMailServer.get();
		}
		assertThat(digestMessages(subscriber)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select mail_status || ':' || mail_attempts from push_digests where user_id = ?",
				String.class, subscriber.id())).isEqualTo("PENDING:1");
		assertThat(TestMailServer.messagesTo(email)).isEmpty();

		push.run();
		assertThat(TestMailServer.messagesTo(email)).hasSize(1);
		assertThat(jdbc.queryForObject("select mail_status || ':' || mail_attempts from push_digests where user_id = ?",
				String.class, subscriber.id())).isEqualTo("SENT:2");
		MimeMessage mail = TestMailServer.messagesTo(email).get(0);
		assertThat(mail.getSubject()).startsWith("[OpenTechMarket]");
		assertThat(TestMailServer.part(mail, "text/html")).contains("New achievements matching your subscriptions")
			.contains(term + "海水淡化膜组件");
		push.run();
		nextPeriod();
		assertThat(TestMailServer.messagesTo(email)).hasSize(1);
	}

	private static String link(String text, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(text);
		assertThat(m.find()).as("a link like " + pattern).isTrue();
		return m.group();
	}
}
