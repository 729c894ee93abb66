package org.opentechmarket.subscription.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the queue into digest entries, once per digest period (queued before the period's start):
 * <ul>
 * <li>new achievements, a batch at a time: every active subscription is matched against only the batch
 * ({@link Matcher#strongMatchesAmong}: production scores, production threshold); a saved search's filters then apply;</li>
 * <li>opened needs: matched against all published achievements; the members with a registrant role of each strongly matching
 * achievement's holder (not the need's own organisation) are told that an enterprise needs their technology.</li>
 * </ul>
 * Each batch is one transaction: its queue rows are taken with {@code for update skip locked} (a second instance takes
 * other rows or none), each notified pair is inserted into {@code push_pairs} with its entry (a pair already there is never
 * told again), and the rows are marked matched. A crash rolls the batch back; the next run does it again.
 */
@Component
public class PushMatching {

	/** Counts of one run. */
	/**
	 * @param queries distinct queries among the subscriptions (identical ones are matched once)
	 * @param matchMillis time spent in the matcher for the new achievements (the rest of the run is reading and writing)
	 */
	public record Outcome(int publications, int subscriptions, int queries, int entries, int needs, int holderEntries,
			long matchMillis) {
	}

	/** An active subscription ready to match. */
	record Target(long subscriptionId, long userId, Long needId, NeedQuery query, SearchCriteria filters) {
	}

	private record Found(Target target, Match match) {
	}

	private static final String MATCH_ENTRY = """
			with pair as (
			  insert into push_pairs (source_kind, source_id, achievement_id, created_at) values ('S', ?, ?, ?)
			  on conflict do nothing returning source_id)
			insert into push_entries (user_id, kind, subscription_id, need_id, achievement_id, score, matched_terms, created_at)
			select ?, 'MATCH', ?, ?, ?, ?, ?, ? from pair
			""";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final Matcher matcher;
	private final Achievements achievements;
	private final Needs needs;
	private final UserAccounts users;
	private final SubscriptionProperties properties;
	private final Clock clock;

	PushMatching(JdbcTemplate jdbc, PlatformTransactionManager transactions, Matcher matcher, Achievements achievements,
			Needs needs, UserAccounts users, SubscriptionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.matcher = matcher;
		this.achievements = achievements;
		this.needs = needs;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	/** Matches everything queued before {@code slot}. */
	public Outcome run(Instant slot) {
		int publications = 0;
		int entries = 0;
		int subscriptionCount = 0;
		int queries = 0;
		long matchMillis = 0;
		Boolean pending = jdbc.queryForObject(
				"select exists (select 1 from push_publications where matched_at is null and published_at < ?)", Boolean.class,
				Timestamp.from(slot));
		if (Boolean.TRUE.equals(pending)) {
			// one snapshot per run: a subscription created meanwhile is matched from the next period on
			List<Target> targets = targets();
			subscriptionCount = targets.size();
			queries = (int) targets.stream().map(Target::query).distinct().count();
			while (true) {
				int[] batch = tx.execute(status -> publicationBatch(slot, targets));
				if (batch == null || batch[0] == 0) {
					break;
				}
				publications += batch[0];
				entries += batch[1];
				matchMillis += batch[2];
			}
		}
		int needCount = 0;
		int holderEntries = 0;
		while (true) {
			int[] batch = tx.execute(status -> openingBatch(slot));
			if (batch == null || batch[0] == 0) {
				break;
			}
			needCount += batch[0];
			holderEntries += batch[1];
		}
		return new Outcome(publications, subscriptionCount, queries, entries, needCount, holderEntries,
				matchMillis);
	}

	// ------------------------------------------------------------------ new achievements × subscriptions

	/** @return {publications taken, entries written, milliseconds in the matcher} */
	private int[] publicationBatch(Instant slot, List<Target> targets) {
		List<Long> ids = jdbc.queryForList("""
				select achievement_id from push_publications
				where matched_at is null and published_at < ?
				order by achievement_id limit ? for update skip locked
				""", Long.class, Timestamp.from(slot), properties.matchBatchSize());
		if (ids.isEmpty()) {
			return new int[] { 0, 0, 0 };
		}
		long started = System.nanoTime();
		List<Found> found = matchAll(targets, ids);
		long matchNanos = System.nanoTime() - started;
		Map<Long, Boolean> news = new HashMap<>();
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (Found f : found) {
			long achievement = f.match().achievementId();
			if (!news.computeIfAbsent(achievement, this::isNews)) {
				continue;
			}
			Target t = f.target();
			rows.add(new Object[] { t.subscriptionId(), achievement, now, t.userId(), t.subscriptionId(), t.needId(),
					achievement, f.match().score(), terms(f.match()), now });
		}
		int entries = 0;
		for (int[] counts : jdbc.batchUpdate(MATCH_ENTRY, rows, 500, (ps, row) -> {
			for (int i = 0; i < row.length; i++) {
				ps.setObject(i + 1, row[i]);
			}
		})) {
			for (int c : counts) {
				entries += Math.max(c, 0);
			}
		}
		jdbc.batchUpdate("update push_publications set matched_at = ? where achievement_id = ?",
				ids.stream().map(id -> new Object[] { now, id }).toList());
		return new int[] { ids.size(), entries, (int) (matchNanos / 1_000_000) };
	}

	/** The active subscriptions with their queries; need subscriptions whose need is no longer public are left out. */
	List<Target> targets() {
		Map<Long, Optional<NeedSummary>> needCache = new HashMap<>();
		List<Target> targets = new ArrayList<>();
		jdbc.query("""
				select id, user_id, kind, query_text, industry_code, discipline_code, region_code, min_trl, budget_max, need_id
				from subscriptions where status = 'ACTIVE' order by id
				""", rs -> {
			long id = rs.getLong(1);
			long user = rs.getLong(2);
			if (SubscriptionKind.NEED.name().equals(rs.getString(3))) {
				long needId = rs.getLong(10);
				needCache.computeIfAbsent(needId, needs::find)
					.filter(n -> n.status().isPublic())
					.ifPresent(n -> targets.add(new Target(id, user, needId, NeedQueries.of(n), null)));
			}
			else {
				Integer trl = (Integer) rs.getObject(8);
				BigDecimal budget = rs.getBigDecimal(9);
				SearchCriteria c = new SearchCriteria(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						trl, budget);
				if (c.text() != null) {
					targets.add(new Target(id, user, null, new NeedQuery(c.text(), null, List.of(), c.industryCode(),
							c.disciplineCode(), c.regionCode(), c.minTrl(), null, c.budgetMax(), null), c));
				}
			}
		});
		return targets;
	}

	/**
	 * Every target against the batch, on {@code match-threads} threads (the match index is only read). Identical queries —
	 * the members of an enterprise following its need by default, equal saved searches — are matched once; each target's
	 * own filters then apply.
	 */
	private List<Found> matchAll(List<Target> targets, List<Long> ids) {
		List<List<Target>> groups = new ArrayList<>(
				targets.stream().collect(Collectors.groupingBy(Target::query, LinkedHashMap::new, Collectors.toList())).values());
		int threads = Math.max(1, properties.matchThreads());
		int n = properties.maxMatchesPerSubscription();
		if (threads == 1 || groups.size() < 64) {
			return matchSome(groups, ids, n);
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "push-matching");
			t.setDaemon(true);
			return t;
		});
		try {
			int chunk = Math.max(16, groups.size() / (threads * 8));
			List<Future<List<Found>>> parts = new ArrayList<>();
			for (int from = 0; from < groups.size(); from += chunk) {
				List<List<Target>> part = groups.subList(from, Math.min(groups.size(), from + chunk));
				parts.add(pool.submit(() -> matchSome(part, ids, n)));
			}
			List<Found> all = new ArrayList<>();
			for (Future<List<Found>> part : parts) {
				all.addAll(part.get());
			}
			return all;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("push matching interrupted", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** @param groups targets with the same query, one matcher call per group */
	private List<Found> matchSome(List<List<Target>> groups, List<Long> ids, int n) {
		List<Found> found = new ArrayList<>();
		for (List<Target> group : groups) {
			for (Match m : matcher.strongMatchesAmong(group.get(0).query(), ids, n)) {
				for (Target t : group) {
					if (t.filters() == null || t.filters().accepts(m)) {
						found.add(new Found(t, m));
					}
				}
			}
		}
		return found;
	}

	/** Still published and a first version (a revision of an achievement subscribers were told of is not news). */
	private boolean isNews(long achievementId) {
		return achievements.publishedProfile(achievementId).map(p -> p.revisionOf() == null).orElse(false);
	}

	// ------------------------------------------------------------------ opened needs × published achievements

	/** @return {needs taken, entries written} */
	private int[] openingBatch(Instant slot) {
		List<Long> ids = jdbc.queryForList("""
				select need_id from push_need_openings
				where matched_at is null and opened_at < ?
				order by need_id limit 50 for update skip locked
				""", Long.class, Timestamp.from(slot));
		if (ids.isEmpty()) {
			return new int[] { 0, 0 };
		}
		Timestamp now = Timestamp.from(clock.instant());
		int entries = 0;
		for (long needId : ids) {
			NeedSummary need = needs.find(needId).filter(n -> n.status().isPublic()).orElse(null);
			if (need != null) {
				entries += announce(need, now);
			}
			jdbc.update("update push_need_openings set matched_at = ? where need_id = ?", now, needId);
		}
		return new int[] { ids.size(), entries };
	}

	private int announce(NeedSummary need, Timestamp now) {
		int entries = 0;
		for (Match m : matcher.match(NeedQueries.of(need), properties.maxHolderMatches())) {
			if (!m.strong()) {
				continue;
			}
			AchievementSummary a = achievements.find(m.achievementId())
				.filter(s -> s.status() == AchievementStatus.PUBLISHED)
				.orElse(null);
			if (a == null || a.holderOrganisationId() == need.ownerOrganisationId()) {
				continue;
			}
			int inserted = jdbc.update("""
					insert into push_pairs (source_kind, source_id, achievement_id, created_at) values ('N', ?, ?, ?)
					on conflict do nothing
					""", need.id(), a.id(), now);
			if (inserted == 0) {
				continue;
			}
			for (CurrentUser member : users.members(a.holderOrganisationId())) {
				if (member.has(Role.INSTITUTION) || member.has(Role.ENTERPRISE)) {
					entries += jdbc.update("""
							insert into push_entries (user_id, kind, need_id, achievement_id, score, matched_terms, created_at)
							values (?, 'HOLDER', ?, ?, ?, ?, ?)
							""", member.id(), need.id(), a.id(), m.score(), terms(m), now);
				}
			}
		}
		return entries;
	}

	private static String terms(Match m) {
		String joined = String.join("、", m.why().matchedTerms().stream().limit(8).toList());
		return joined.length() > 500 ? joined.substring(0, 500) : joined;
	}
}
