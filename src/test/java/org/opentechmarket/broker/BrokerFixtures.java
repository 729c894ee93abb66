package org.opentechmarket.broker;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.ProfileContent;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.MemberForm;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.support.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** New broker accounts with profiles for the integration tests (unique names: all tests share one database). */
final class BrokerFixtures {

	static final String PASSWORD = "broker-test-pass-1";

	private final AccountService accounts;
	private final UserDetailsService users;
	private final BrokerService brokers;
	private final MutableClock clock;

	BrokerFixtures(AccountService accounts, UserDetailsService users, BrokerService brokers, MutableClock clock) {
		this.accounts = accounts;
		this.users = users;
		this.brokers = brokers;
		this.clock = clock;
	}

	CurrentUser user(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** A new broker of the demo transfer institution with an e-mail address (which must never show publicly). */
	CurrentUser newBroker(String displayName) {
		MemberForm form = new MemberForm();
		String username = "broker-" + Registrations.unique();
		form.setUsername(username);
		form.setPassword(PASSWORD);
		form.setDisplayName(displayName);
		form.setEmail(username + "@example.org");
		form.setRoles(EnumSet.of(Role.BROKER));
		accounts.addMember(user("demo-broker"), form);
		CurrentUser broker = user(username);
		brokers.saveProfile(broker, new ProfileContent(BrokerGrade.INTERMEDIATE, "CERT-" + username, "测试经纪人简介",
				Set.of("520"), Set.of("C"), Set.of("330000"), Set.of("中文")));
		return broker;
	}

	/** A broker whose profile was made at {@code when} (the clock is put back afterwards), for evaluations of past years. */
	CurrentUser newBrokerAt(Instant when, String displayName) {
		Instant now = clock.instant();
		clock.set(when);
		try {
			return newBroker(displayName);
		}
		finally {
			clock.set(now);
		}
	}

	static List<String> inboxKeys(JdbcTemplate jdbc, long userId) {
		return jdbc.queryForList("select message_key from inbox_messages where user_id = ? order by id", String.class, userId);
	}
}
