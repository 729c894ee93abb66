package org.opentechmarket.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.transfer.AchievementTransfer;
import org.opentechmarket.achievement.transfer.ImportRequest;
import org.opentechmarket.achievement.transfer.TransferFormat;
import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.subscription.TestMailServer;
import org.opentechmarket.subscription.domain.DigestBuilder;
import org.opentechmarket.subscription.domain.PushJob;
import org.opentechmarket.subscription.domain.PushMatching;
import org.opentechmarket.subscription.domain.SearchCriteria;
import org.opentechmarket.subscription.domain.SubscriptionService;
import org.opentechmarket.subscription.mail.DigestMailer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Harness, not a test: a day's digest — 10,000 subscriptions × 1,000 new achievements — through the production code path
 * (the push job's steps on the platform's database and match index).
 *
 * <p>Data (built once under {@code bench-data/digest}, reused): the 2,812 real listings of
 * ../shared/data/zjmarket/achievements.jsonl imported with the platform's importer (into the match index by its listener);
 * 100 enterprises of 10 users each (with e-mail addresses); 300 needs posted, reviewed and opened through the need service
 * from the first real needs of ../shared/data/zjmarket/needs.jsonl that pass the contact check, 3 per enterprise — their
 * enterprises' 10 members follow each by default: 3,000 need subscriptions; and 7 saved searches per user, 7,000, the titles of
 * real needs (spread over all 1,729), a quarter with the need's industry section, a tenth with Zhejiang, a tenth with
 * TRL ≥ 4.
 *
 * <p>Each run resets the push tables, queues the 1,000 most recently imported listings as the period's new achievements,
 * then times {@code PushMatching.run} (every subscription against the new achievements, entries and pairs written) and
 * {@code DigestBuilder.build} (one digest and inbox message per recipient) — the digest computation — and, separately,
 * {@code DigestMailer.sendPending} to the in-process GreenMail server. Prints every run and the median.
 *
 * <pre>./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=DigestBenchmark [-Dotm.bench.digest.runs=5]</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "otm.data-dir=${otm.bench.data-dir:bench-data/digest}", "otm.demo=off", "otm.scheduling.enabled=false",
				"otm.admin.password=bench-admin-password", "logging.level.org.opentechmarket=warn" })
class DigestBenchmark {

	private static final Path DATA = Path.of("..", "shared", "data", "zjmarket");
	private static final int ENTERPRISES = 100;
	private static final int USERS_PER_ENTERPRISE = 10;
	private static final int NEEDS_PER_ENTERPRISE = 3;
	private static final int SEARCHES_PER_USER = 7;
	private static final int NEW_ACHIEVEMENTS = 1000;

	@Autowired
	AchievementTransfer transfer;
	@Autowired
	NeedService needs;
	@Autowired
	Organisations organisations;
	@Autowired
	UserAccounts users;
	@Autowired
	SubscriptionService subscriptions;
	@Autowired
	PushMatching matching;
	@Autowired
	DigestBuilder digests;
	@Autowired
	DigestMailer mailer;
	@Autowired
	PushJob job;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;

	@Test
	void aDaysDigest() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared/data is not here");
		List<JsonNode> realNeeds = lines(DATA.resolve("needs.jsonl"));
		CurrentUser admin = users.loadUser("admin").orElseThrow();
		long published = jdbc.queryForObject("select count(*) from push_publications", Long.class);
		if (published < 2000) {
			long started = System.nanoTime();
			transfer.importAndWait(admin, ImportRequest.of(TransferFormat.ZJMARKET, "achievements.jsonl"),
					Files.readAllBytes(DATA.resolve("achievements.jsonl")), job -> {
					});
			System.out.printf("setup: imported the listings in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		long subscriptionCount = jdbc.queryForObject("select count(*) from subscriptions", Long.class);
		if (subscriptionCount < 10_000) {
			long started = System.nanoTime();
			subscribe(admin, realNeeds);
			System.out.printf("setup: subscriptions in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		System.out.printf("data: %,d published achievements, %s subscriptions, %,d users with subscriptions%n",
				jdbc.queryForObject("select count(*) from push_publications", Long.class),
				jdbc.queryForList("select kind || ' ' || count(*) from subscriptions where status = 'ACTIVE' group by kind",
						String.class),
				jdbc.queryForObject("select count(distinct user_id) from subscriptions", Long.class));

		List<Long> fresh = jdbc.queryForList(
				"select achievement_id from push_publications order by achievement_id desc limit " + NEW_ACHIEVEMENTS, Long.class);
		Instant slot = job.schedule().slotAt(clock.instant());
		TestMailServer.get();
		int runs = Integer.getInteger("otm.bench.digest.runs", 3);
		double[] computation = new double[runs];
		for (int run = 0; run < runs; run++) {
			reset(fresh, slot);
			TestMailServer.get().purgeEmailFromAllMailboxes();
			long cpu0 = cpu();
			long t0 = System.nanoTime();
			PushMatching.Outcome matched = matching.run(slot);
			long t1 = System.nanoTime();
			int made = digests.build(slot);
			long t2 = System.nanoTime();
			long cpu2 = cpu();
			DigestMailer.Sent sent = mailer.sendPending();
			long t3 = System.nanoTime();
			computation[run] = (t2 - t0) / 1e9;
			System.out.println("mail states: " + jdbc.queryForList(
					"select mail_status || ' ' || count(*) from push_digests group by mail_status", String.class));
			System.out.printf(Locale.ROOT,
					"run %d: match %.1f s (%,d subscriptions, %,d distinct queries x %,d new achievements -> %,d entries; "
							+ "%.1f s in the matcher), digests %.1f s (%,d), "
							+ "digest computation %.1f s (JVM CPU %.1f s); mail %.1f s (%,d sent to GreenMail, %d failed, %d skipped); "
							+ "load average %.1f%n",
					run + 1, (t1 - t0) / 1e9, matched.subscriptions(), matched.queries(), matched.publications(), matched.entries(), matched.matchMillis() / 1e3,
					(t2 - t1) / 1e9, made, computation[run], (cpu2 - cpu0) / 1e9, (t3 - t2) / 1e9, sent.sent(), sent.failed(), sent.skipped(),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		double[] sorted = computation.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "digest computation, median of %d runs: %.1f s%n", runs, sorted[runs / 2]);
	}

	/** CPU time of this JVM (all threads), for comparing runs on a shared machine. */
	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The period's queue as it would be after a day: only the new achievements pending, nothing told yet. */
	private void reset(List<Long> fresh, Instant slot) {
		jdbc.update("delete from push_entries");
		jdbc.update("delete from push_digests");
		jdbc.update("delete from push_pairs");
		jdbc.update("delete from inbox_messages where message_key = ?", DigestBuilder.INBOX_KEY);
		Timestamp done = Timestamp.from(slot.minus(Duration.ofDays(2)));
		jdbc.update("update push_publications set matched_at = ?", done);
		jdbc.update("update push_need_openings set matched_at = ?", done);
		jdbc.batchUpdate("update push_publications set matched_at = null, published_at = ? where achievement_id = ?",
				fresh.stream().map(id -> new Object[] { Timestamp.from(slot.minus(Duration.ofHours(3))), id }).toList());
		jdbc.execute("analyze");
	}

	private void subscribe(CurrentUser admin, List<JsonNode> realNeeds) {
		Random random = new Random(11);
		int needCursor = 0;
		for (int e = 0; e < ENTERPRISES; e++) {
			String code = CreditCode.complete(String.format(Locale.ROOT, "91330106BM%07d", e));
			OrganisationSummary org = organisations.findOrCreateVerified("基准测试企业" + e, code, OrganisationType.ENTERPRISE,
					"330106");
			List<CurrentUser> members = new ArrayList<>();
			for (int u = 0; u < USERS_PER_ENTERPRISE; u++) {
				String username = "bench-" + e + "-" + u;
				CurrentUser user = users.loadUser(username).orElse(null);
				if (user == null) {
					long id = jdbc.queryForObject("select nextval('users_seq')", Long.class);
					jdbc.update("insert into users (id, username, password_hash, display_name, email, organisation_id, enabled, "
							+ "created_at) values (?, ?, 'x', ?, ?, ?, true, ?)", id, username, "基准用户" + e + "-" + u,
							username + "@bench.otm.test", org.id(), Timestamp.from(clock.instant()));
					jdbc.update("insert into user_roles (user_id, role) values (?, 'ENTERPRISE')", id);
					user = users.findUser(id).orElseThrow();
				}
				members.add(user);
			}
			// needs first: opening one subscribes every member (by default)
			int posted = jdbc.queryForObject("select count(*) from needs where owner_organisation_id = ?", Integer.class,
					org.id());
			while (posted < NEEDS_PER_ENTERPRISE) {
				JsonNode n = realNeeds.get(needCursor++ % realNeeds.size());
				try {
					Need need = needs.create(members.get(0), needContent(n), null);
					needs.submit(members.get(0), need.getId());
					needs.approve(admin, need.getId());
					posted++;
				}
				catch (DomainException rejected) {
					// real listings with a phone number or an address in the text: the light review refuses them; next
				}
			}
			for (CurrentUser member : members) {
				int saved = jdbc.queryForObject("select count(*) from subscriptions where user_id = ? and kind = 'SEARCH'",
						Integer.class, member.id());
				while (saved < SEARCHES_PER_USER) {
					JsonNode n = realNeeds.get(random.nextInt(realNeeds.size()));
					String title = n.get("title").asString();
					int kind = random.nextInt(20);
					String section = kind < 5 ? section(n.get("classification").asString()) : null;
					try {
						subscriptions.saveSearch(member, null, new SearchCriteria(title, section, null,
								kind == 5 || kind == 6 ? "330000" : null, kind == 7 || kind == 8 ? 4 : null, null),
								Locale.SIMPLIFIED_CHINESE);
						saved++;
					}
					catch (DomainException invalid) {
						System.out.println("skipped a search the form refuses: " + title + " " + invalid.violations());
					}
				}
			}
		}
	}

	private NeedContent needContent(JsonNode n) {
		String title = n.get("title").asString();
		String description = n.get("description").asString();
		if (description.length() > 4000) {
			description = description.substring(0, 4000);
		}
		String section = section(n.get("classification").asString());
		return new NeedContent(title.length() > 100 ? title.substring(0, 100) : title, description, null,
				"达到问题描述中的技术要求。", section == null ? "C" : section, null, "330106", EnumSet.of(Cooperation.LICENSE), true,
				null, null, null, LocalDate.now(clock).plusDays(180), "基准联系人", "0571-86000000", null, List.of());
	}

	private static final Map<String, String> SECTIONS = Map.of("制造业", "C", "信息传输", "I", "科学研究", "M", "农、林", "A",
			"水利", "N", "电力", "D", "建筑业", "E", "交通运输", "G", "卫生", "Q");

	private static String section(String classification) {
		return SECTIONS.entrySet().stream().filter(e -> classification.startsWith(e.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private static List<JsonNode> lines(Path file) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> nodes = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					nodes.add(json.readTree(line));
				}
			}
		}
		return nodes;
	}
}
