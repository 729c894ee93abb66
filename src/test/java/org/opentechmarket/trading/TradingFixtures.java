package org.opentechmarket.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.opentechmarket.platform.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users, achievements and ids for the trading integration tests (all tests share one database: ids are random). */
public final class TradingFixtures {

	private final UserDetailsService users;
	private final JdbcTemplate jdbc;

	public TradingFixtures(UserDetailsService users, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	public CurrentUser user(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** A published (or converted) achievement held by the user's organisation. */
	public long achievementOf(CurrentUser holder) {
		List<Long> ids = jdbc.queryForList("select id from achievements where holder_organisation_id = ? "
				+ "and status in ('PUBLISHED', 'CONVERTED') order by id", Long.class, holder.organisationId());
		if (ids.isEmpty()) {
			throw new IllegalStateException("no published achievement of " + holder);
		}
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

	/** An achievement still PUBLISHED (not converted) of the holder. */
	public long publishedAchievementOf(CurrentUser holder) {
		List<Long> ids = jdbc.queryForList("select id from achievements where holder_organisation_id = ? "
				+ "and status = 'PUBLISHED' order by id", Long.class, holder.organisationId());
		if (ids.isEmpty()) {
			throw new IllegalStateException("no published achievement of " + holder);
		}
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

	/** A published achievement of the holder on which the buyer has no open inquiry (the demo data has threads too). */
	public long achievementWithoutThread(CurrentUser holder, CurrentUser buyer) {
		List<Long> ids = jdbc.queryForList("select a.id from achievements a where a.holder_organisation_id = ? "
				+ "and a.status = 'PUBLISHED' and not exists (select 1 from inquiries i where i.achievement_id = a.id "
				+ "and i.buyer_organisation_id = ? and i.status = 'OPEN') order by a.id", Long.class,
				holder.organisationId(), buyer.organisationId());
		if (ids.isEmpty()) {
			throw new IllegalStateException("no achievement of " + holder + " free for " + buyer);
		}
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

	public static long uniqueId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
	}

	public int audits(String action, String subjectType, Object subjectId) {
		return jdbc.queryForObject("select count(*) from audit_log where action = ? and subject_type = ? and subject_id = ?",
				Integer.class, action, subjectType, String.valueOf(subjectId));
	}

	public static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}
}
