package org.opentechmarket.subscription.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading digests: the digest page and the mail. Every line is checked again when read, so an achievement withdrawn or a need
 * closed since is left out rather than shown.
 */
@Component
public class Digests {

	/** A digest with its visible lines. */
	public record Digest(long id, long userId, Instant slot, Instant createdAt, String mailStatus, List<DigestItem> items) {

		public List<DigestItem> matches() {
			return items.stream().filter(i -> !i.isHolder()).toList();
		}

		public List<DigestItem> holderItems() {
			return items.stream().filter(DigestItem::isHolder).toList();
		}
	}

	/** A recipient's digests, newest first, without their lines. */
	public record DigestRow(long id, Instant slot, int entryCount, String mailStatus) {
	}

	private final JdbcTemplate jdbc;
	private final Achievements achievements;
	private final Needs needs;

	Digests(JdbcTemplate jdbc, Achievements achievements, Needs needs) {
		this.jdbc = jdbc;
		this.achievements = achievements;
		this.needs = needs;
	}

	/** The user's own digest; anyone else's answers 404. */
	@Transactional(readOnly = true)
	public Digest forUser(CurrentUser user, long id) {
		return load(id).filter(d -> d.userId() == user.id())
			.orElseThrow(() -> DomainException.notFound("subscription.digest.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<DigestRow> recent(CurrentUser user, int limit) {
		return jdbc.query("select id, slot, entry_count, mail_status from push_digests where user_id = ? order by id desc limit ?",
				(rs, i) -> new DigestRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getString(4)),
				user.id(), limit);
	}

	/**
	 * Achievement and need look-ups shared by the digests read in one run (a day's digests name the same few hundred
	 * achievements over and over); for one run only, so nothing stale is kept.
	 */
	public final class Lookups {

		private final Map<Long, Optional<AchievementSummary>> achievements = new HashMap<>();
		private final Map<Long, Optional<NeedSummary>> needs = new HashMap<>();

		Optional<AchievementSummary> achievement(long id) {
			return achievements.computeIfAbsent(id, Digests.this::published);
		}

		Optional<NeedSummary> need(long id) {
			return needs.computeIfAbsent(id, Digests.this.needs::find);
		}
	}

	public Lookups lookups() {
		return new Lookups();
	}

	@Transactional(readOnly = true)
	public Optional<Digest> load(long id) {
		return load(id, new Lookups());
	}

	@Transactional(readOnly = true)
	public Optional<Digest> load(long id, Lookups lookups) {
		List<Digest> rows = jdbc.query("select user_id, slot, created_at, mail_status from push_digests where id = ?",
				(rs, i) -> new Digest(id, rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
						rs.getString(4), List.of()),
				id);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Digest d = rows.get(0);
		return Optional.of(new Digest(d.id(), d.userId(), d.slot(), d.createdAt(), d.mailStatus(), items(id, lookups)));
	}

	private List<DigestItem> items(long digestId, Lookups lookups) {
		record Row(String kind, Long subscriptionId, String subscriptionName, Long needId, long achievementId, double score,
				String terms) {
		}
		List<Row> rows = jdbc.query("""
				select e.kind, e.subscription_id, s.name, e.need_id, e.achievement_id, e.score, e.matched_terms
				from push_entries e left join subscriptions s on s.id = e.subscription_id
				where e.digest_id = ? order by e.kind, e.subscription_id, e.score desc, e.id
				""", (rs, i) -> new Row(rs.getString(1), (Long) rs.getObject(2), rs.getString(3), (Long) rs.getObject(4),
				rs.getLong(5), rs.getDouble(6), rs.getString(7)), digestId);
		List<DigestItem> items = new ArrayList<>();
		for (Row r : rows) {
			AchievementSummary a = lookups.achievement(r.achievementId()).orElse(null);
			if (a == null) {
				continue;
			}
			NeedSummary need = r.needId() == null ? null : lookups.need(r.needId()).orElse(null);
			boolean holder = "HOLDER".equals(r.kind());
			// a holder is shown only a public need; a subscriber's own need is theirs to see
			if (holder && (need == null || !need.status().isPublic())) {
				continue;
			}
			List<String> terms = r.terms() == null || r.terms().isBlank() ? List.of() : List.of(r.terms().split("、"));
			items.add(new DigestItem(r.kind(), a.id(), a.title(), a.holder(), r.subscriptionId(),
					r.subscriptionName(), r.needId(), need == null ? null : need.title(), r.score(), terms));
		}
		return items;
	}

	Optional<AchievementSummary> published(long id) {
		return achievements.find(id).filter(a -> a.status() == AchievementStatus.PUBLISHED);
	}
}
