package org.opentechmarket.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.demand.NeedClosed;
import org.opentechmarket.demand.NeedOpened;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.domain.MatchingProperties;
import org.opentechmarket.platform.CodeTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The strong matches of every open need, kept in the database for the administrators' gap view and the brokers' pairs (a
 * page cannot rank thousands of needs while it loads). One {@code match_coverage} row per open need says whether its
 * matches are current ({@code DONE}) or must be recomputed ({@code PENDING}); {@code match_strong_pairs} holds its
 * matches at or above the strong threshold.
 *
 * <p>A need is marked pending when it opens (and computed at once unless it came with a bulk import), when an achievement
 * is published that the open-needs index finds for it (also the needs of the version that achievement revises: both noted
 * at publication, looked up by the job), and all of them at a server start. The coverage job recomputes pending needs in batches: rows are claimed with
 * {@code for update skip locked} and written in the same transaction, so two instances on one database never compute the
 * same need twice and a job that finds nothing pending does nothing. It runs every
 * {@code otm.matching.service.coverage-interval}, first shortly after start. A closed need leaves both tables.
 */
@Component
public class NeedCoverage {

	private static final Logger log = LoggerFactory.getLogger(NeedCoverage.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final IndexedMatcher matcher;
	private final OpenNeedsIndex openNeeds;
	private final Needs needs;
	private final Achievements achievements;
	private final CodeTables codes;
	private final MatchingProperties properties;
	private final Clock clock;
	private final Queue<Long> published = new ConcurrentLinkedQueue<>();

	NeedCoverage(JdbcTemplate jdbc, PlatformTransactionManager transactions, IndexedMatcher matcher,
			OpenNeedsIndex openNeeds, Needs needs, Achievements achievements, CodeTables codes,
			MatchingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		// listeners run after the publishing transaction committed: their writes need a transaction of their own
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.matcher = matcher;
		this.openNeeds = openNeeds;
		this.needs = needs;
		this.achievements = achievements;
		this.codes = codes;
		this.properties = properties;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ events

	@TransactionalEventListener(fallbackExecution = true)
	void on(NeedOpened event) {
		try {
			needs.find(event.needId()).filter(n -> n.status().isPublic()).ifPresent(n -> {
				tx.executeWithoutResult(s -> markPending(n));
				if (!event.imported()) {
					// the poster and brokers see a new need's coverage at once; bulk imports wait for the job
					tx.executeWithoutResult(s -> {
						if (lock(n.id())) {
							compute(n.id());
						}
					});
				}
			});
		}
		catch (RuntimeException e) {
			log.warn("Could not mark need {} for matching: {}", event.needId(), e.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NeedClosed event) {
		try {
			tx.executeWithoutResult(s -> remove(event.needId()));
		}
		catch (RuntimeException e) {
			log.warn("Could not remove need {} from the coverage: {}", event.needId(), e.getMessage());
		}
	}

	/**
	 * A publication is only noted here (a bulk import publishes thousands in a row; the importing thread should not query
	 * for each): the job makes the needs it may match due again. Noted publications not processed before a restart are
	 * covered by the start, which makes every need due ({@link MatchIndexStartup}).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AchievementPublished event) {
		published.add(event.achievementId());
	}

	/** The open needs the newly published achievements may match, and those the versions they replace matched. */
	private void markForPublished() {
		Set<Long> ids = new HashSet<>();
		for (Long id = published.poll(); id != null; id = published.poll()) {
			ids.add(id);
		}
		for (Long id : ids) {
			try {
				achievements.publishedProfile(id).ifPresent(p -> {
					Set<Long> due = new HashSet<>();
					openNeeds.candidates(p, properties.reverseCandidates()).forEach(m -> due.add(m.achievementId()));
					if (p.revisionOf() != null) {
						due.addAll(jdbc.queryForList("select need_id from match_strong_pairs where achievement_id = ?",
								Long.class, p.revisionOf()));
					}
					if (!due.isEmpty()) {
						tx.executeWithoutResult(s -> markPending(due));
					}
				});
			}
			catch (RuntimeException e) {
				log.warn("Could not mark needs for achievement {}: {}", id, e.getMessage());
			}
		}
	}

	// ------------------------------------------------------------------ the job

	@Scheduled(fixedDelayString = "${otm.matching.service.coverage-interval:PT1M}", initialDelayString = "PT40S")
	void scheduled() {
		try {
			drain();
		}
		catch (RuntimeException e) {
			log.warn("Matching coverage job failed, retried at the next run: {}", e.getMessage());
		}
	}

	/**
	 * Marks the needs of newly published achievements, then recomputes every pending need, batch after batch; returns how
	 * many were computed.
	 */
	public int drain() {
		markForPublished();
		int total = 0;
		while (true) {
			Integer done = tx.execute(s -> computeBatch());
			if (done == null || done == 0) {
				break;
			}
			total += done;
		}
		if (total > 0) {
			log.info("Matching coverage: strong matches recomputed for {} open needs", total);
		}
		return total;
	}

	private int computeBatch() {
		List<Long> due = jdbc.queryForList("select need_id from match_coverage where state = 'PENDING' order by need_id "
				+ "limit ? for update skip locked", Long.class, Math.max(1, properties.coverageBatch()));
		due.forEach(this::compute);
		return due.size();
	}

	/** Waits for another transaction computing the same need; false when the need has no coverage row (closed). */
	private boolean lock(long needId) {
		return !jdbc.queryForList("select need_id from match_coverage where need_id = ? for update", Long.class, needId)
			.isEmpty();
	}

	private void compute(long needId) {
		NeedSummary need = needs.find(needId).orElse(null);
		if (need == null || !need.status().isPublic()) {
			remove(needId);
			return;
		}
		List<Match> matches = matcher.match(NeedQueries.of(need), Math.max(1, properties.pairsPerNeed()));
		jdbc.update("delete from match_strong_pairs where need_id = ?", needId);
		List<Object[]> pairs = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			Match m = matches.get(i);
			if (m.strong()) {
				pairs.add(new Object[] { needId, m.achievementId(), m.score(), i + 1 });
			}
		}
		if (!pairs.isEmpty()) {
			jdbc.batchUpdate("insert into match_strong_pairs (need_id, achievement_id, score, shown_rank) values (?, ?, ?, ?)",
					pairs);
		}
		Match best = matches.isEmpty() ? null : matches.get(0);
		jdbc.update("""
				update match_coverage set state = 'DONE', strong_count = ?, best_score = ?, best_achievement_id = ?,
				computed_at = ?, pending_since = null, industry_section = ?, industry_code = ?, discipline_root = ?,
				discipline_code = ?, region_code = ? where need_id = ?""", pairs.size(), best == null ? null : best.score(),
				best == null ? null : best.achievementId(), Timestamp.from(clock.instant()),
				codes.industries().root(need.industryCode()), need.industryCode(),
				codes.disciplines().root(need.disciplineCode()), need.disciplineCode(), need.regionCode(), needId);
	}

	// ------------------------------------------------------------------ maintenance

	private void markPending(NeedSummary n) {
		jdbc.update("""
				insert into match_coverage (need_id, industry_section, industry_code, discipline_root, discipline_code,
				region_code, state, pending_since) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)
				on conflict (need_id) do update set state = 'PENDING', pending_since = excluded.pending_since,
				industry_section = excluded.industry_section, industry_code = excluded.industry_code,
				discipline_root = excluded.discipline_root, discipline_code = excluded.discipline_code,
				region_code = excluded.region_code""", n.id(), codes.industries().root(n.industryCode()), n.industryCode(),
				codes.disciplines().root(n.disciplineCode()), n.disciplineCode(), n.regionCode(),
				Timestamp.from(clock.instant()));
	}

	private void markPending(Set<Long> needIds) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("update match_coverage set state = 'PENDING', pending_since = coalesce(pending_since, ?) "
				+ "where need_id = ?", needIds.stream().map(id -> new Object[] { now, id }).toList());
	}

	private void remove(long needId) {
		jdbc.update("delete from match_strong_pairs where need_id = ?", needId);
		jdbc.update("delete from match_coverage where need_id = ?", needId);
	}

	/**
	 * Makes the coverage rows the open needs (a row for each, none for closed ones); with {@code all}, every need is due
	 * again. Returns the number of open needs.
	 */
	long resync(boolean all) {
		Set<Long> open = new HashSet<>();
		long after = 0;
		while (true) {
			List<NeedSummary> page = needs.open(after, 1000);
			if (page.isEmpty()) {
				break;
			}
			Set<Long> known = new HashSet<>(jdbc.queryForList("select need_id from match_coverage where need_id between ? and ?",
					Long.class, page.get(0).id(), page.get(page.size() - 1).id()));
			tx.executeWithoutResult(s -> page.stream().filter(n -> all || !known.contains(n.id())).forEach(this::markPending));
			page.forEach(n -> open.add(n.id()));
			after = page.get(page.size() - 1).id();
		}
		List<Long> stale = jdbc.queryForList("select need_id from match_coverage", Long.class).stream()
			.filter(id -> !open.contains(id))
			.toList();
		tx.executeWithoutResult(s -> stale.forEach(this::remove));
		return open.size();
	}
}
