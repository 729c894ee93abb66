package org.opentechmarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.evaluation.domain.AssignmentRepository;
import org.opentechmarket.evaluation.domain.AssignmentStatus;
import org.opentechmarket.evaluation.domain.ExpertProfileRepository;
import org.opentechmarket.evaluation.domain.IntegrityType;
import org.opentechmarket.evaluation.domain.ReviewAssignment;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Expert reviews end to end through the API and pages: contract, recusal, replacements, scoring rights, readers, jobs. */
@PlatformTest
class ExpertReviewIT {

	private static final String ADMIN = "admin";
	private static final String ADMIN_PASSWORD = "admin-test-password";
	private static final String DEMO = "demo";

	@Autowired
	MockMvc mvc;
	@Autowired
	AchievementRepository achievements;
	@Autowired
	Organisations organisations;
	@Autowired
	UserAccounts users;
	@Autowired
	AssignmentRepository assignments;
	@Autowired
	ExpertProfileRepository profiles;
	@Autowired
	ReviewService service;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcTemplate jdbc;

	private List<Long> universityAchievements() {
		long university = organisations.findByName("之江理工大学").orElseThrow().id();
		List<Long> ids = achievements
			.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(university, AchievementStatus.SUPERSEDED,
					PageRequest.of(0, 500))
			.stream()
			.filter(a -> a.getStatus() == AchievementStatus.PUBLISHED && "demo".equals(a.getCreatedBy()))
			.map(Achievement::getId)
			.toList();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(10);
		return ids;
	}

	private MvcResult open(String json) throws Exception {
		return mvc.perform(post("/api/v1/reviews").with(httpBasic(ADMIN, ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn();
	}

	private long openReview(long achievementId, int panelSize, String extra) throws Exception {
		MvcResult r = open("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievementId + ",\"panelSize\":" + panelSize
				+ extra + "}");
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private String review(long id) throws Exception {
		return mvc.perform(get("/api/v1/reviews/{id}", id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private List<String> panel(long id, String status) throws Exception {
		return JsonPath.read(review(id), "$.panel[?(@.status == '" + status + "')].username");
	}

	private long assignmentOf(long reviewId, String username) {
		return assignments.findByReviewIdOrderById(reviewId)
			.stream()
			.filter(a -> a.getUsername().equals(username))
			.reduce((a, b) -> b)
			.orElseThrow()
			.getId();
	}

	private ReviewAssignment assignment(long id) {
		return assignments.findById(id).orElseThrow();
	}

	private void accept(String username, long assignment) throws Exception {
		mvc.perform(post("/api/v1/expert/assignments/{id}/accept", assignment).with(httpBasic(username, DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{\"confirmNoConflict\":true}"))
			.andExpect(status().isNoContent());
	}

	private void score(String username, long assignment, int a, int b, int c, int d) throws Exception {
		mvc.perform(post("/api/v1/expert/assignments/{id}/scores", assignment).with(httpBasic(username, DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":{\"创新性\":" + a + ",\"技术成熟度\":" + b + ",\"应用前景\":" + c + ",\"经济社会效益\":" + d
						+ "},\"recommendation\":\"RECOMMEND\",\"comments\":\"" + username + " 认为技术路线清晰，建议加快中试。\"}"))
			.andExpect(status().isNoContent());
	}

	// ------------------------------------------------------------------ API contract

	@Test
	void everyDemoUniversityAchievementGetsAPanelOfThreeWithoutDemoExpert1() throws Exception {
		for (long achievement : universityAchievements()) {
			MvcResult r = open("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievement + ",\"panelSize\":3}");
			String body = r.getResponse().getContentAsString();
			assertThat(r.getResponse().getStatus()).as(body).isEqualTo(201);
			long id = ((Number) JsonPath.read(body, "$.id")).longValue();
			assertThat(r.getResponse().getHeader("Location")).endsWith("/api/v1/reviews/" + id);
			long seed = ((Number) JsonPath.read(body, "$.seed")).longValue();
			assertThat(Math.abs(seed)).isLessThan(1L << 53);
			List<String> usernames = JsonPath.read(body, "$.panel[*].username");
			List<String> orgs = JsonPath.read(body, "$.panel[*].organisation");
			assertThat(usernames).hasSize(3).doesNotHaveDuplicates().doesNotContain("demo-expert1");
			assertThat(orgs).hasSize(3).doesNotContain("之江理工大学");

			String got = review(id);
			assertThat((Object) JsonPath.read(got, "$.seed")).isEqualTo(JsonPath.read(body, "$.seed"));
			assertThat((String) JsonPath.read(got, "$.status")).isEqualTo("OPEN");
			assertThat((String) JsonPath.read(got, "$.subject.type")).isEqualTo("ACHIEVEMENT");
			assertThat(((Number) JsonPath.read(got, "$.subject.id")).longValue()).isEqualTo(achievement);
			assertThat((List<String>) JsonPath.read(got, "$.panel[*].status")).containsOnly("INVITED");

			mvc.perform(get("/api/v1/reviews/{id}/draws/0/verification", id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.matches").value(true))
				.andExpect(jsonPath("$.seed").value(seed));
		}
		// the admin page shows why demo-expert1 was left out
		long id = openReview(universityAchievements().get(0), 2, "");
		String page = mvc.perform(get("/admin/expert-reviews/{id}", id).with(user(users.loadUser(ADMIN).orElseThrow())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("data-username=\"demo-expert1\"[^<]*>\\s*<td>demo-expert1</td>\\s*<td><code>SAME_ORGANISATION");
	}

	@Test
	void refusalsAreProblems() throws Exception {
		long achievement = universityAchievements().get(1);
		mvc.perform(post("/api/v1/reviews").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":987654321,\"panelSize\":3}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/reviews").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievement + ",\"panelSize\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("panelSize"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		mvc.perform(post("/api/v1/reviews").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievement + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("panelSize"));
		// more experts than the pool has eligible ones: 409 with the counts, and nothing is opened
		long before = assignments.count();
		mvc.perform(post("/api/v1/reviews").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievement + ",\"panelSize\":15}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("15")));
		assertThat(assignments.count()).isEqualTo(before);
		// not an administrator
		mvc.perform(post("/api/v1/reviews").with(httpBasic("demo-institution", DEMO)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"subjectType\":\"ACHIEVEMENT\",\"subjectId\":" + achievement + ",\"panelSize\":3}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		long id = openReview(achievement, 3, "");
		mvc.perform(get("/api/v1/reviews/{id}", id).with(httpBasic("demo-expert2", DEMO)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/reviews/{id}", 987654321L).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	// ------------------------------------------------------------------ answers, replacements, scoring rights

	@Test
	void aDeclineDrawsARecordedReplacement() throws Exception {
		long id = openReview(universityAchievements().get(2), 3, "");
		String decliner = panel(id, "INVITED").get(0);
		long assignment = assignmentOf(id, decliner);
		mvc.perform(post("/api/v1/expert/assignments/{id}/decline", assignment).with(httpBasic(decliner, DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OUTSIDE_EXPERTISE\",\"note\":\"非本人方向\"}"))
			.andExpect(status().isNoContent());

		String body = review(id);
		assertThat((List<String>) JsonPath.read(body, "$.panel[?(@.status == 'DECLINED')].username")).containsExactly(decliner);
		List<String> invited = JsonPath.read(body, "$.panel[?(@.status == 'INVITED')].username");
		assertThat(invited).hasSize(3).doesNotContain(decliner, "demo-expert1");
		List<Integer> rounds = JsonPath.read(body, "$.panel[?(@.round == 1)].round");
		assertThat(rounds).hasSize(1);
		mvc.perform(get("/api/v1/reviews/{id}/draws/1/verification", id).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches").value(true))
			.andExpect(jsonPath("$.recorded.length()").value(1));
		assertThat(service.draws(id)).hasSize(2);
		assertThat(service.draws(id).get(1).getExclusions()).anyMatch(e -> e.getUsername().equals(decliner)
				&& e.getRule().equals("ON_PANEL"));
		long decliners = profiles.findByUserId(users.loadUser(decliner).orElseThrow().id())
			.orElseThrow()
			.getIntegrity()
			.stream()
			.filter(e -> e.getType() == IntegrityType.DECLINED && Long.valueOf(id).equals(e.getReviewId()))
			.count();
		assertThat(decliners).isEqualTo(1);
		// a declined invitation cannot be accepted afterwards
		mvc.perform(post("/api/v1/expert/assignments/{id}/accept", assignment).with(httpBasic(decliner, DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{\"confirmNoConflict\":true}"))
			.andExpect(status().isConflict());
	}

	@Test
	void acceptingNeedsTheNoConflictConfirmation() throws Exception {
		long id = openReview(universityAchievements().get(3), 3, "");
		List<String> invited = panel(id, "INVITED");
		long first = assignmentOf(id, invited.get(0));
		mvc.perform(post("/api/v1/expert/assignments/{id}/accept", first).with(httpBasic(invited.get(0), DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirmNoConflict"));
		assertThat(assignment(first).getStatus()).isEqualTo(AssignmentStatus.INVITED);
		// refusing to confirm declines with reason CONFLICT, and a replacement is drawn
		mvc.perform(post("/api/v1/expert/assignments/{id}/accept", first).with(httpBasic(invited.get(0), DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{\"confirmNoConflict\":false}"))
			.andExpect(status().isNoContent());
		assertThat(assignment(first).getStatus()).isEqualTo(AssignmentStatus.DECLINED);
		assertThat(assignment(first).getDeclineReason()).hasToString("CONFLICT");
		assertThat(panel(id, "INVITED")).hasSize(3);
		// confirming accepts
		long second = assignmentOf(id, invited.get(1));
		accept(invited.get(1), second);
		assertThat(assignment(second).getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
		assertThat(assignment(second).isNoConflictConfirmed()).isTrue();
		// through the page, an unticked box does not accept either
		long third = assignmentOf(id, invited.get(2));
		mvc.perform(post("/expert/assignments/{id}/accept", third).with(user(users.loadUser(invited.get(2)).orElseThrow()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(assignment(third).getStatus()).isEqualTo(AssignmentStatus.INVITED);
	}

	@Test
	void onlyPanelMembersScoreAndPartiesReadTheResult() throws Exception {
		long achievement = universityAchievements().get(4);
		long id = openReview(achievement, 3, "");
		List<String> invited = panel(id, "INVITED");
		long first = assignmentOf(id, invited.get(0));
		String scores = "{\"scores\":{\"创新性\":80,\"技术成熟度\":80,\"应用前景\":80,\"经济社会效益\":80},"
				+ "\"recommendation\":\"RECOMMEND\",\"comments\":\"好\"}";
		// someone else's assignment is invisible: another expert, a member of the holder, the administrator
		for (String other : List.of("demo-expert1", "demo-institution")) {
			mvc.perform(post("/api/v1/expert/assignments/{id}/scores", first).with(httpBasic(other, DEMO))
					.contentType(MediaType.APPLICATION_JSON).content(scores))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/expert/assignments/{id}", first).with(user(users.loadUser("demo-expert1").orElseThrow())))
			.andExpect(status().isNotFound());
		// the member must accept first
		mvc.perform(post("/api/v1/expert/assignments/{id}/scores", first).with(httpBasic(invited.get(0), DEMO))
				.contentType(MediaType.APPLICATION_JSON).content(scores))
			.andExpect(status().isConflict());
		accept(invited.get(0), first);
		// comments are required, scores are 0–100
		mvc.perform(post("/api/v1/expert/assignments/{id}/scores", first).with(httpBasic(invited.get(0), DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":{\"创新性\":101,\"技术成熟度\":80,\"应用前景\":80,\"经济社会效益\":80},\"recommendation\":\"RECOMMEND\",\"comments\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("scores[0]", "comments")));

		score(invited.get(0), first, 85, 70, 90, 66); // 78.70
		long second = assignmentOf(id, invited.get(1));
		accept(invited.get(1), second);
		score(invited.get(1), second, 80, 80, 80, 80); // 80.00
		long third = assignmentOf(id, invited.get(2));
		accept(invited.get(2), third);
		score(invited.get(2), third, 60, 61, 62, 63); // (1800+1525+1550+1260)/100 = 61.35
		String body = review(id);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("CLOSED");
		assertThat(JsonPath.read(body, "$.score").toString()).isEqualTo("73.35"); // (78.70 + 80.00 + 61.35) / 3 = 73.35

		// before publication the other organisation learns nothing, the holder sees it is under way
		mvc.perform(get("/reviews/{id}", id).with(user(users.loadUser("demo-institution2").orElseThrow())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/reviews/{id}/publish", id).with(httpBasic(ADMIN, ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"PASSED\",\"reasons\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reasons"));
		mvc.perform(post("/api/v1/reviews/{id}/publish", id).with(httpBasic(ADMIN, ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"PASSED\",\"reasons\":\"综合得分高于通过线。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		CurrentUser holder = users.loadUser("demo-institution").orElseThrow();
		String page = mvc.perform(get("/reviews/{id}", id).with(user(holder)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("综合得分高于通过线。").contains(invited.get(1) + " 认为技术路线清晰").contains("73.35");
		mvc.perform(get("/reviews/{id}", id).with(user(users.loadUser("demo-institution2").orElseThrow())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reviews/{id}", id).with(user(users.loadUser("demo-enterprise").orElseThrow())))
			.andExpect(status().isNotFound());
		// the holder's members are told, and the achievement page lists the review for them (not for others)
		Integer told = jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ? and link = ?",
				Integer.class, holder.id(), "evaluation.inbox.published.PASSED", "/reviews/" + id);
		assertThat(told).isEqualTo(1);
		assertThat(mvc.perform(get("/achievements/{id}", achievement).with(user(holder)))
			.andReturn().getResponse().getContentAsString()).contains("href=\"/reviews/" + id + "\"");
		assertThat(mvc.perform(get("/achievements/{id}", achievement).with(user(users.loadUser("demo-institution2").orElseThrow())))
			.andReturn().getResponse().getContentAsString()).doesNotContain("/reviews/" + id + "\"").doesNotContain("id=\"expert-reviews\"");
		assertThat(mvc.perform(get("/achievements/{id}", achievement).with(user(users.loadUser(ADMIN).orElseThrow())))
			.andReturn().getResponse().getContentAsString())
			.contains("/admin/expert-reviews/" + id)
			.contains("/admin/expert-reviews/new?subjectType=ACHIEVEMENT&amp;subjectId=" + achievement);
	}

	@Test
	void publicResultsAreOnTheBoardAnonymisedWhenAsked() throws Exception {
		long id = openReview(universityAchievements().get(5), 3, ",\"anonymous\":true,\"visibility\":\"PUBLIC\"");
		List<String> invited = panel(id, "INVITED");
		int n = 0;
		for (String expert : invited) {
			long a = assignmentOf(id, expert);
			accept(expert, a);
			score(expert, a, 70 + n, 70, 70, 70);
			n += 5;
		}
		mvc.perform(post("/api/v1/reviews/{id}/publish", id).with(httpBasic(ADMIN, ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"PASSED\",\"reasons\":\"公开匿名评审通过。\"}"))
			.andExpect(status().isOk());
		String board = mvc.perform(get("/review-notices")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String subjectTitle = JsonPath.read(review(id), "$.subject.title");
		assertThat(board).contains(subjectTitle).contains("专家A").doesNotContain(invited.get(0));
		// any signed-in user reads a public result, without reviewer names
		String page = mvc.perform(get("/reviews/{id}", id).with(user(users.loadUser("demo-enterprise").orElseThrow())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("公开匿名评审通过。");
		for (ReviewAssignment a : assignments.findByReviewIdOrderById(id)) {
			assertThat(page).doesNotContain(a.getExpertName());
		}
	}

	// ------------------------------------------------------------------ jobs

	@Test
	void remindersLatenessAndExpiryRunOnce() throws Exception {
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		long id = openReview(universityAchievements().get(6), 3, ",\"deadline\":\"" + tomorrow + "\"");
		List<String> invited = panel(id, "INVITED");
		String acceptor = invited.get(0);
		long accepted = assignmentOf(id, acceptor);
		accept(acceptor, accepted);
		long acceptorId = users.loadUser(acceptor).orElseThrow().id();

		// the deadline is within the reminder time: one reminder, however often the job runs
		service.sendReminders();
		service.sendReminders();
		assertThat(assignment(accepted).getRemindedAt()).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from inbox_messages where user_id = ? and message_key = ? and link = ?",
				Integer.class, acceptorId, "evaluation.inbox.reminder", "/expert/assignments/" + accepted)).isEqualTo(1);

		// past the deadline: one LATE entry
		clock.advance(Duration.ofDays(2));
		service.recordLateness();
		service.recordLateness();
		assertThat(assignment(accepted).isLate()).isTrue();
		long late = profiles.findByUserId(acceptorId).orElseThrow().getIntegrity().stream()
			.filter(e -> e.getType() == IntegrityType.LATE && Long.valueOf(id).equals(e.getReviewId()))
			.count();
		assertThat(late).isEqualTo(1);

		// unanswered invitations expire after the response time and are replaced, once
		clock.advance(Duration.ofDays(2));
		service.expireInvitations();
		service.expireInvitations();
		Map<String, Long> byStatus = assignments.findByReviewIdOrderById(id)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(a -> a.getStatus().name(), java.util.stream.Collectors.counting()));
		assertThat(byStatus.get("EXPIRED")).isEqualTo(2L);
		assertThat(byStatus.get("ACCEPTED")).isEqualTo(1L);
		// the two replacements were drawn (there are enough eligible experts for the demo university) and invited
		assertThat(byStatus.get("INVITED")).isEqualTo(2L);
		assertThat(service.draws(id)).hasSize(3);
	}
}
