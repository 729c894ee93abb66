package org.opentechmarket.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.subscription.domain.SubscriptionProperties;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and change which subscription: only its owner (404 for anyone else), needs only of one's own organisation. */
@PlatformTest
class SubscriptionAccessIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts users;
	@Autowired
	NeedService needs;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	SubscriptionProperties properties;

	CurrentUser account(String name) {
		return users.loadUser(name).orElseThrow();
	}

	@Test
	void theApiKeepsEachUsersSubscriptionsToThemselves() throws Exception {
		String name = "接口订阅" + Registrations.unique();
		String body = mvc.perform(post("/api/v1/subscriptions").with(httpBasic("demo-enterprise2", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"text\":\"数控机床主轴\",\"industryCode\":\"C\",\"minTrl\":5,\"budgetMax\":300}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SEARCH"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.budgetMax").value(300))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		mvc.perform(get("/api/v1/subscriptions").with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(jsonPath("$[*].name", hasItem(name)));
		mvc.perform(get("/api/v1/subscriptions").with(httpBasic("demo-enterprise3", "demo")))
			.andExpect(jsonPath("$[*].name", not(hasItem(name))));
		// someone else: 404 for reading, pausing and deleting, and nothing changes
		mvc.perform(get("/api/v1/subscriptions/{id}", id).with(httpBasic("demo-enterprise3", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"));
		mvc.perform(post("/api/v1/subscriptions/{id}/pause", id).with(httpBasic("demo-enterprise3", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/subscriptions/{id}", id).with(httpBasic("demo-broker", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/subscriptions/{id}/delete", id).with(user(account("demo-enterprise3"))).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select status from subscriptions where id = ?", String.class, id)).isEqualTo("ACTIVE");

		mvc.perform(post("/api/v1/subscriptions/{id}/pause", id).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(jsonPath("$.status").value("PAUSED"));
		mvc.perform(post("/api/v1/subscriptions/{id}/resume", id).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(delete("/api/v1/subscriptions/{id}", id).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/subscriptions/{id}", id).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where subject_type = 'subscription' and subject_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(4);

		mvc.perform(get("/api/v1/subscriptions")).andExpect(status().isUnauthorized());
	}

	@Test
	void invalidSearchesAreRefusedFieldByField() throws Exception {
		mvc.perform(post("/api/v1/subscriptions").with(httpBasic("demo-enterprise2", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\" \",\"industryCode\":\"Q9\",\"minTrl\":12,\"budgetMax\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("industryCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("minTrl")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("budgetMax")));
		// the page shows the errors next to the fields, in the user's language
		mvc.perform(post("/my/subscriptions").with(user(account("demo-enterprise2"))).with(csrf()).param("text", "")
			.param("minTrl", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写整数")));
		mvc.perform(post("/my/subscriptions").with(user(account("demo-enterprise2"))).with(csrf()).param("text", "")
			.param("minTrl", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("请填写 1–9 的技术成熟度")));
	}

	@Test
	void aNeedCanBeFollowedOnlyByItsOwnOrganisationWhileItIsPublic() throws Exception {
		CurrentUser enterprise = account("demo-enterprise3");
		NeedContent content = new NeedContent("发酵罐在线检测" + Registrations.unique(), "需要发酵过程的在线检测方法。", null, "检测周期缩短到 10 分钟。",
				"C", null, "330302", Set.of(Cooperation.LICENSE), true, null, null, null, LocalDate.now(clock).plusDays(60),
				"测试", "0577-88000000", null, List.of());
		Need need = needs.create(enterprise, content, null);
		// a draft is not public: not even its owner follows it yet
		mvc.perform(post("/api/v1/subscriptions/needs/{id}", need.getId()).with(httpBasic("demo-enterprise3", "demo")))
			.andExpect(status().isNotFound());
		needs.submit(enterprise, need.getId());
		needs.approve(account("admin"), need.getId());

		// the owner followed it by default; following again is idempotent
		mvc.perform(post("/api/v1/subscriptions/needs/{id}", need.getId()).with(httpBasic("demo-enterprise3", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("NEED"))
			.andExpect(jsonPath("$.byDefault").value(true));
		// another organisation, and the need page's button for it: 404
		mvc.perform(post("/api/v1/subscriptions/needs/{id}", need.getId()).with(httpBasic("demo-enterprise", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/subscriptions/needs/{id}", need.getId()).with(user(account("demo-institution"))).with(csrf()))
			.andExpect(status().isNotFound());
		// the need page shows the owner the button, not others
		mvc.perform(get("/needs/{id}", need.getId()).with(user(enterprise)))
			.andExpect(content().string(containsString("id=\"follow-need\"")));
		mvc.perform(get("/needs/{id}", need.getId()).with(user(account("demo-enterprise"))))
			.andExpect(content().string(not(containsString("id=\"follow-need\""))));
		mvc.perform(post("/my/subscriptions/needs/{id}", need.getId()).with(user(enterprise)).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"follow-need\"")));

		// closing the need ends its subscriptions
		needs.withdraw(enterprise, need.getId());
		assertThat(jdbc.queryForList("select status from subscriptions where need_id = ?", String.class, need.getId()))
			.isNotEmpty()
			.containsOnly("ENDED");
		mvc.perform(get("/my/subscriptions").with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(content.title())));
	}

	@Test
	void theCatalogueOffersToSubscribeToTheSearch() throws Exception {
		mvc.perform(get("/achievements").param("q", "光伏").with(user(account("demo-enterprise"))))
			.andExpect(content().string(containsString("id=\"subscribe-search\"")));
		mvc.perform(get("/achievements"))
			.andExpect(content().string(not(containsString("id=\"subscribe-search\""))));
		mvc.perform(get("/my/subscriptions/new").param("q", "光伏"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/my/digests/999999999").with(user(account("demo-enterprise"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLimitPerUserHolds() throws Exception {
		// the user's own count, whatever other tests left
		CurrentUser user = account("demo-financier");
		long existing = jdbc.queryForObject("select count(*) from subscriptions where user_id = ? and status <> 'ENDED'",
				Long.class, user.id());
		for (long i = existing; i < properties.maxPerUser(); i++) {
			mvc.perform(post("/api/v1/subscriptions").with(httpBasic("demo-financier", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"质押融资 " + i + "\"}"))
				.andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/subscriptions").with(httpBasic("demo-financier", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"一个太多\"}"))
			.andExpect(status().isConflict());
	}
}
