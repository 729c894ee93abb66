package org.opentechmarket.listing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Users, free achievements and API calls for the listing and tender integration tests (one shared database). */
final class ListingFixtures {

	static final String DEMO = "demo";
	static final String ADMIN = "admin";
	static final String ADMIN_PASSWORD = "admin-test-password";

	private final UserDetailsService users;
	private final JdbcTemplate jdbc;
	private final MockMvc mvc;

	ListingFixtures(UserDetailsService users, JdbcTemplate jdbc, MockMvc mvc) {
		this.users = users;
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	CurrentUser user(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** A published achievement of the holder's organisation with no running listing and no live auction. */
	long freeAchievement(CurrentUser holder) {
		List<Long> ids = jdbc.queryForList("""
				select id from achievements a
				 where holder_organisation_id = ? and status = 'PUBLISHED'
				   and not exists (select 1 from listings l where l.achievement_id = a.id and l.status = 'LISTED')
				   and not exists (select 1 from auctions u where u.achievement_id = a.id and u.status in ('ANNOUNCED', 'OPEN'))
				 order by random() limit 1
				""", Long.class, holder.organisationId());
		if (ids.isEmpty()) {
			throw new IllegalStateException("no free published achievement of " + holder.getUsername());
		}
		return ids.get(0);
	}

	int audits(String action, String subjectType, Object subjectId) {
		return jdbc.queryForObject("select count(*) from audit_log where action = ? and subject_type = ? and subject_id = ?",
				Integer.class, action, subjectType, String.valueOf(subjectId));
	}

	String auditDetails(String action, String subjectType, Object subjectId) {
		return String.join(" | ", jdbc.queryForList("select details from audit_log where action = ? and subject_type = ? "
				+ "and subject_id = ? order by id", String.class, action, subjectType, String.valueOf(subjectId)));
	}

	/** Moves the clock just past the instant (never back). */
	static void after(MutableClock clock, Instant instant) {
		Instant target = instant.plus(Duration.ofMinutes(1));
		if (clock.instant().isBefore(target)) {
			clock.set(target);
		}
	}

	static String listingJson(long achievementId, String price, String deposit, int days, String route) {
		return """
				{"achievementId": %d, "method": "LICENSE", "licenceMode": "ORDINARY", "licenceTerm": "5年", "territory": "中国大陆",
				 "price": "%s", "deposit": "%s", "periodWorkingDays": %d, "qualifications": "具备生产条件的企业",
				 "buyerTypes": ["ENTERPRISE"], "buyerRegion": "330000", "multipleBuyersRoute": "%s"}
				""".formatted(achievementId, price, deposit, days, route);
	}

	MvcResult postJson(String path, String username, String password, String json) throws Exception {
		return mvc.perform(post(path).with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
				.content(json == null ? "{}" : json)).andReturn();
	}

	static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static long id(MvcResult r) throws Exception {
		return ((Number) JsonPath.read(body(r), "$.id")).longValue();
	}

	static <T> T read(MvcResult r, String path) throws Exception {
		return JsonPath.read(body(r), path);
	}
}
