package org.opentechmarket.subscription.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.demand.Needs;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One digest per recipient and period: the recipient's pending entries, taken with {@code for update skip locked}, go into a
 * new {@code push_digests} row (unique per user and period: a second instance, or a second run in the same period, makes
 * none) and one inbox message, in one transaction per recipient. The mail is sent afterwards ({@code mail.DigestMailer}):
 * PENDING when SMTP is configured, the recipient has an address and has not unsubscribed, else NONE.
 */
@Component
public class DigestBuilder {

	public static final String INBOX_KEY = "subscription.inbox.digest";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final Digests digests;
	private final Needs needs;
	private final Inbox inbox;
	private final Recipients recipients;
	private final UserAccounts users;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;

	DigestBuilder(JdbcTemplate jdbc, PlatformTransactionManager transactions, Digests digests, Needs needs, Inbox inbox,
			Recipients recipients, UserAccounts users, ObjectProvider<JavaMailSender> mail, Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.digests = digests;
		this.needs = needs;
		this.inbox = inbox;
		this.recipients = recipients;
		this.users = users;
		this.mail = mail;
		this.clock = clock;
	}

	/** Digests for the period starting at {@code slot}; returns how many were made. */
	public int build(Instant slot) {
		List<Long> due = jdbc.queryForList("""
				select distinct e.user_id from push_entries e
				where e.digest_id is null
				  and not exists (select 1 from push_digests d where d.user_id = e.user_id and d.slot = ?)
				order by e.user_id
				""", Long.class, Timestamp.from(slot));
		Visibility visibility = new Visibility();
		int made = 0;
		for (long user : due) {
			if (Boolean.TRUE.equals(tx.execute(status -> digestFor(user, slot, visibility)))) {
				made++;
			}
		}
		return made;
	}

	private boolean digestFor(long user, Instant slot, Visibility visibility) {
		record Row(long id, String kind, Long needId, long achievementId) {
		}
		List<Row> rows = jdbc.query("""
				select id, kind, need_id, achievement_id from push_entries
				where user_id = ? and digest_id is null order by id for update skip locked
				""", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4)), user);
		List<Row> keep = new ArrayList<>();
		List<Object[]> drop = new ArrayList<>();
		for (Row r : rows) {
			boolean visible = visibility.achievement(r.achievementId())
					&& (!"HOLDER".equals(r.kind()) || visibility.need(r.needId()));
			if (visible) {
				keep.add(r);
			}
			else {
				drop.add(new Object[] { r.id() });
			}
		}
		// withdrawn or closed since they were matched: nobody is told (the pair stays recorded, so never later either)
		jdbc.batchUpdate("delete from push_entries where id = ?", drop);
		if (keep.isEmpty()) {
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant());
		String mailStatus = mail.getIfAvailable() != null && recipients.of(user).mailEnabled()
				&& users.emailOf(user).isPresent() ? "PENDING" : "NONE";
		Long digest = jdbc.query("""
				insert into push_digests (user_id, slot, created_at, entry_count, mail_status) values (?, ?, ?, ?, ?)
				on conflict (user_id, slot) do nothing returning id
				""", rs -> rs.next() ? rs.getLong(1) : null, user, Timestamp.from(slot), now, keep.size(), mailStatus);
		if (digest == null) {
			return false;
		}
		jdbc.batchUpdate("update push_entries set digest_id = ? where id = ?",
				keep.stream().map(r -> new Object[] { digest, r.id() }).toList());
		long holders = keep.stream().filter(r -> "HOLDER".equals(r.kind())).count();
		inbox.deliver(user, INBOX_KEY, List.of(String.valueOf(keep.size() - holders), String.valueOf(holders)),
				"/my/digests/" + digest);
		return true;
	}

	/** Whether achievements are still published and needs still public, asked once per run. */
	private final class Visibility {

		private final Map<Long, Boolean> achievements = new HashMap<>();
		private final Map<Long, Boolean> needsOpen = new HashMap<>();

		boolean achievement(long id) {
			return achievements.computeIfAbsent(id, i -> digests.published(i).isPresent());
		}

		boolean need(Long id) {
			return id != null
					&& needsOpen.computeIfAbsent(id, i -> needs.find(i).map(n -> n.status().isPublic()).orElse(false));
		}
	}
}
