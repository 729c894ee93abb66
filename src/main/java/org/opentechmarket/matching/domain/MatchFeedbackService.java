package org.opentechmarket.matching.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedMatch;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.internal.NeedQueries;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users mark shown matches useful or not. A verdict is about a pair (need → achievement, or an API query → achievement)
 * and is kept once per user and pair; judging again changes it. The score, strength and rank are those the match has at
 * the moment of judging, computed here (never taken from the request). Administrators see counts and the precision of
 * shown matches, and export the verdicts as judgements for {@code eval-matching}.
 */
@Service
@Transactional
public class MatchFeedbackService {

	static final int QUERY_TITLE_MAX = 300;

	private final MatchFeedbacks feedbacks;
	private final MatchViews views;
	private final Matcher matcher;
	private final Needs needs;
	private final Achievements achievements;
	private final MatchingProperties properties;
	private final AuditLog audit;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	public MatchFeedbackService(MatchFeedbacks feedbacks, MatchViews views, Matcher matcher, Needs needs,
			Achievements achievements, MatchingProperties properties, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
		this.feedbacks = feedbacks;
		this.views = views;
		this.matcher = matcher;
		this.needs = needs;
		this.achievements = achievements;
		this.properties = properties;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A verdict on a pair.
	 *
	 * @param needId the need, or null for a query sent to the API ({@code queryTitle} and {@code queryDescription})
	 * @param shownOn where the match was shown; null means the need's page (or the API, for a query)
	 */
	public record Judgement(Long needId, String queryTitle, String queryDescription, Long achievementId, Verdict verdict,
			ShownOn shownOn) {
	}

	public MatchFeedback judge(CurrentUser user, Judgement j) {
		if (user == null) {
			throw DomainException.forbidden();
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (j.verdict() == null) {
			violations.add(FieldViolation.of("verdict", "validation.required"));
		}
		if (j.achievementId() == null) {
			violations.add(FieldViolation.of("achievementId", "validation.required"));
		}
		if (j.needId() == null && (j.queryTitle() == null || j.queryTitle().isBlank())) {
			violations.add(FieldViolation.of("needId", "matching.feedback.subjectRequired"));
		}
		if (j.needId() == null && j.queryTitle() != null && j.queryTitle().length() > QUERY_TITLE_MAX) {
			violations.add(FieldViolation.of("queryTitle", "validation.size.max", QUERY_TITLE_MAX));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		long achievementId = j.achievementId();
		boolean published = achievements.find(achievementId)
			.map(a -> a.status() == AchievementStatus.PUBLISHED)
			.orElse(false);
		if (!published) {
			throw DomainException.notFound("achievement.notFound", achievementId);
		}
		String subject;
		NeedQuery query;
		ShownOn shownOn;
		Integer rank = null;
		if (j.needId() != null) {
			NeedSummary need = views.visibleNeed(user, j.needId());
			subject = "need:" + need.id();
			query = NeedQueries.of(need);
			shownOn = j.shownOn() == null || j.shownOn() == ShownOn.API ? ShownOn.NEED_PAGE : j.shownOn();
			if (shownOn == ShownOn.ACHIEVEMENT_PAGE) {
				List<NeedMatch> ranked = matcher.matchNeeds(achievementId, properties.needsShown());
				rank = rankOf(ranked.stream().map(NeedMatch::needId).toList(), need.id());
			}
			else if (shownOn == ShownOn.NEED_PAGE) {
				rank = rankOf(matcher.match(query, properties.shown()).stream().map(Match::achievementId).toList(),
						achievementId);
			}
		}
		else {
			String description = j.queryDescription() == null ? "" : j.queryDescription().strip();
			subject = "query:" + sha256(j.queryTitle().strip() + "\n" + description);
			query = NeedQuery.ofText(j.queryTitle().strip(), description);
			shownOn = ShownOn.API;
			rank = rankOf(matcher.match(query, properties.shown()).stream().map(Match::achievementId).toList(),
					achievementId);
		}
		Optional<Match> now = matcher.explain(query, achievementId);
		Double score = now.map(Match::score).orElse(null);
		Boolean strong = now.map(Match::strong).orElse(false);
		MatchFeedback f = feedbacks.findBySubjectAndAchievementIdAndUserId(subject, achievementId, user.id())
			.orElseGet(() -> new MatchFeedback(subject, j.needId(),
					j.needId() == null ? j.queryTitle().strip() : null, achievementId, user.id(), user.organisationId(), clock));
		f.judge(j.verdict(), score, strong, rank, shownOn, clock);
		f = feedbacks.save(f);
		audit.record("matching.feedback", "match-feedback", f.getId(), subject + " achievement " + achievementId + " "
				+ j.verdict() + (rank == null ? "" : " rank " + rank));
		return f;
	}

	private static Integer rankOf(List<Long> ids, long id) {
		int i = ids.indexOf(id);
		return i < 0 ? null : i + 1;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ------------------------------------------------------------------ administrators

	/** Verdicts in one group: the precision of shown matches is useful / (useful + not useful). */
	public record Tally(String group, long useful, long notUseful) {

		public long total() {
			return useful + notUseful;
		}

		/** Null when nothing was judged. */
		public Double precision() {
			return total() == 0 ? null : (double) useful / total();
		}
	}

	/** The feedback report: all verdicts, by strength, by rank when judged, and by the page they were shown on. */
	public record Report(Tally all, List<Tally> byStrength, List<Tally> byRank, List<Tally> byPage, long users,
			long pairs) {
	}

	@Transactional(readOnly = true)
	public Report report(CurrentUser admin) {
		requireAdmin(admin);
		Map<String, long[]> strength = new LinkedHashMap<>();
		strength.put("strong", new long[2]);
		strength.put("weaker", new long[2]);
		Map<String, long[]> ranks = new LinkedHashMap<>();
		for (String b : List.of("1", "2-3", "4-10", "11+", "none")) {
			ranks.put(b, new long[2]);
		}
		Map<String, long[]> pages = new LinkedHashMap<>();
		for (ShownOn s : ShownOn.values()) {
			pages.put(s.name(), new long[2]);
		}
		long[] all = new long[2];
		jdbc.query("""
				select verdict, coalesce(strong, false) as strong, shown_on,
				case when shown_rank is null then 'none' when shown_rank = 1 then '1' when shown_rank <= 3 then '2-3'
				when shown_rank <= 10 then '4-10' else '11+' end as bucket, count(*) as n
				from match_feedback group by 1, 2, 3, 4""", rs -> {
			int v = "USEFUL".equals(rs.getString("verdict")) ? 0 : 1;
			long n = rs.getLong("n");
			all[v] += n;
			strength.get(rs.getBoolean("strong") ? "strong" : "weaker")[v] += n;
			ranks.get(rs.getString("bucket"))[v] += n;
			pages.computeIfAbsent(rs.getString("shown_on"), k -> new long[2])[v] += n;
		});
		Long users = jdbc.queryForObject("select count(distinct user_id) from match_feedback", Long.class);
		Long pairs = jdbc.queryForObject("select count(*) from (select distinct subject, achievement_id from match_feedback) p",
				Long.class);
		return new Report(new Tally("all", all[0], all[1]), tallies(strength), tallies(ranks), tallies(pages),
				users == null ? 0 : users, pairs == null ? 0 : pairs);
	}

	private static List<Tally> tallies(Map<String, long[]> counts) {
		return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	/**
	 * The verdicts as judgements, one JSON object per judged pair and line, in the shape {@code eval-matching} reads as
	 * qrels ({@code query}, {@code document}, {@code grade}): grade 1 when more users found the match useful than not, else
	 * 0. Ids are those of the market file when both sides were imported from it ({@code D00042}, {@code A00042}: the
	 * judgements then add to the development set's); otherwise {@code otm-need-<id>} or {@code otm-query-<hash>} and the
	 * platform's achievement id. The other fields say how the grade came about.
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> export(CurrentUser admin) {
		requireAdmin(admin);
		List<Map<String, Object>> lines = new ArrayList<>();
		Map<Long, String> needIds = new java.util.HashMap<>();
		Map<Long, String> documentIds = new java.util.HashMap<>();
		jdbc.query("""
				select subject, need_id, max(query_title) as query_title, achievement_id,
				sum(case when verdict = 'USEFUL' then 1 else 0 end) as useful,
				sum(case when verdict = 'NOT_USEFUL' then 1 else 0 end) as not_useful,
				avg(score) as score, min(shown_rank) as best_rank, max(updated_at) as last_judged
				from match_feedback group by subject, need_id, achievement_id order by subject, achievement_id""", rs -> {
			Map<String, Object> line = new LinkedHashMap<>();
			long needId = rs.getLong("need_id");
			boolean isNeed = !rs.wasNull();
			long achievementId = rs.getLong("achievement_id");
			String subject = rs.getString("subject");
			line.put("query", isNeed ? needIds.computeIfAbsent(needId, this::queryId)
					: "otm-query-" + subject.substring("query:".length(), "query:".length() + 16));
			line.put("document", documentIds.computeIfAbsent(achievementId, this::documentId));
			long useful = rs.getLong("useful");
			long notUseful = rs.getLong("not_useful");
			line.put("grade", useful > notUseful ? 1 : 0);
			line.put("useful", useful);
			line.put("notUseful", notUseful);
			if (isNeed) {
				line.put("needId", needId);
			}
			else {
				line.put("queryTitle", rs.getString("query_title"));
			}
			line.put("achievementId", achievementId);
			double score = rs.getDouble("score");
			line.put("meanScore", rs.wasNull() ? null : Math.round(score * 10_000) / 10_000.0);
			int rank = rs.getInt("best_rank");
			line.put("bestRank", rs.wasNull() ? null : rank);
			line.put("lastJudged", rs.getTimestamp("last_judged").toInstant().toString());
			lines.add(line);
		});
		return lines;
	}

	private String queryId(long needId) {
		return needs.externalId(needId)
			.filter(id -> id.startsWith("zjmarket:"))
			.map(id -> id.substring("zjmarket:".length()))
			.orElse("otm-need-" + needId);
	}

	private String documentId(long achievementId) {
		return achievements.externalId(achievementId)
			.filter(id -> id.startsWith("zjmarket:"))
			.map(id -> id.substring("zjmarket:".length()))
			.orElse(Long.toString(achievementId));
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}
}
