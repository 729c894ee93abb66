package org.opentechmarket.achievement.domain;

import org.opentechmarket.achievement.AchievementCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 登记号: 3-digit region code + 4-digit year + category letter + 4-digit sequence within region, year and category
 * (domain/achievements.md), e.g. {@code 3302026Y0042}. The counter is one PostgreSQL row per prefix, incremented with an
 * atomic upsert, so concurrent approvals never share a number; a unique index is the second line of defence.
 */
@Component
public class RegistrationNumbers {

	private final JdbcTemplate jdbc;

	public RegistrationNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static String prefix(String regionCode, int year, AchievementCategory category) {
		String region = regionCode == null || regionCode.length() < 3 ? "000" : regionCode.substring(0, 3);
		return region + year + category.letter();
	}

	public String next(String regionCode, int year, AchievementCategory category) {
		return reserve(prefix(regionCode, year, category), 1);
	}

	/** Reserves {@code count} consecutive numbers and returns the first; the others follow it (see {@link #format}). */
	public String reserve(String prefix, int count) {
		Integer last = jdbc.queryForObject("""
				insert into registration_sequences(prefix, last_value) values (?, ?)
				on conflict (prefix) do update set last_value = registration_sequences.last_value + excluded.last_value
				returning last_value""", Integer.class, prefix, count);
		int first = last - count + 1;
		if (last > 9999) {
			throw new IllegalStateException("Registration sequence exhausted for " + prefix);
		}
		return format(prefix, first);
	}

	public static String format(String prefix, int sequence) {
		return prefix + String.format("%04d", sequence);
	}

	public static int sequenceOf(String number) {
		return Integer.parseInt(number.substring(number.length() - 4));
	}

	public static String prefixOf(String number) {
		return number.substring(0, number.length() - 4);
	}
}
