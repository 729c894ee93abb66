package org.opentechmarket.subscription.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Per-user push preferences ({@code push_recipients}): the language digests are written in and whether they are mailed.
 * A user without a row gets Chinese (the platform's first language) and mail.
 */
@Repository
public class Recipients {

	public static final Locale DEFAULT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	/** A recipient's preferences. */
	public record Preferences(Locale language, boolean mailEnabled) {
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;

	Recipients(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Preferences of(long userId) {
		List<Preferences> rows = jdbc.query("select language, mail_enabled from push_recipients where user_id = ?",
				(rs, i) -> new Preferences(Locale.forLanguageTag(rs.getString(1)), rs.getBoolean(2)), userId);
		return rows.isEmpty() ? new Preferences(DEFAULT_LANGUAGE, true) : rows.get(0);
	}

	/** Remembers the language the user works in, keeping their mail choice (first subscription, settings). */
	public void rememberLanguage(long userId, Locale language) {
		jdbc.update("""
				insert into push_recipients (user_id, language, mail_enabled, updated_at) values (?, ?, true, ?)
				on conflict (user_id) do update set language = excluded.language, updated_at = excluded.updated_at
				""", userId, supported(language).toLanguageTag(), now());
	}

	public void setMail(long userId, boolean enabled) {
		jdbc.update("""
				insert into push_recipients (user_id, language, mail_enabled, unsubscribed_at, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (user_id) do update set mail_enabled = excluded.mail_enabled,
				  unsubscribed_at = excluded.unsubscribed_at, updated_at = excluded.updated_at
				""", userId, DEFAULT_LANGUAGE.toLanguageTag(), enabled, enabled ? null : now(), now());
	}

	/** The two languages of the platform: English for English, Chinese for everything else. */
	public static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LANGUAGE;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
