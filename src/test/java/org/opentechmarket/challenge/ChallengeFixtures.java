package org.opentechmarket.challenge;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.opentechmarket.challenge.domain.ApplicationContent;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeContent;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.ReviewMethod;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Challenges, applications and expert reviews for the integration tests (unique titles: all tests share one database). */
public final class ChallengeFixtures {

	static final String ADMIN = "admin";
	static final String ADMIN_PASSWORD = "admin-test-password";
	static final String DEMO = "demo";
	public static final List<String> CRITERIA = List.of("技术方案", "团队能力", "实施计划");

	private final ChallengeService challenges;
	private final UserAccounts users;
	private final MutableClock clock;
	private final MockMvc mvc;

	public ChallengeFixtures(ChallengeService challenges, UserAccounts users, MutableClock clock, MockMvc mvc) {
		this.challenges = challenges;
		this.users = users;
		this.clock = clock;
		this.mvc = mvc;
	}

	CurrentUser user(String username) {
		return users.loadUser(username).orElseThrow();
	}

	static String unique() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	ChallengeContent content(String title, int opensIn, int windowDays, Set<OrganisationType> types, String region,
			boolean joint, int winners) {
		return new ChallengeContent(title, "现有工艺良率偏低，需要新的检测方法。", "检出率不低于 99%，单件检测不超过 2 秒。", "C", "52020",
				"330106", false, new BigDecimal("800000.00"), types, region, joint, null, today().plusDays(opensIn),
				today().plusDays(opensIn + windowDays - 1L), ReviewMethod.DESK, true,
				CRITERIA.stream().map(n -> new ChallengeContent.Criterion(n, new BigDecimal("10"))).toList(), winners, false,
				null);
	}

	/** A posted call of {@code poster} whose 20-day window opens today (so it is APPLYING), any university or institute. */
	Challenge open(String poster, String title) {
		return posted(poster, content(title, 0, 20, EnumSet.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE),
				null, true, 1));
	}

	Challenge posted(String poster, ChallengeContent content) {
		CurrentUser p = user(poster);
		Challenge c = challenges.create(p, content, null);
		challenges.submit(p, c.getId());
		return challenges.approve(user(ADMIN), c.getId());
	}

	static ApplicationContent application(String applicant, String lead, String... others) {
		List<ApplicationContent.Member> team = new ArrayList<>();
		team.add(new ApplicationContent.Member(lead, applicant, "项目负责人"));
		for (String other : others) {
			team.add(new ApplicationContent.Member("工程师" + unique(), other, "企业工程师"));
		}
		return new ApplicationContent("采用多光谱成像与深度学习相结合的检测方案，已有样机。", "六个月完成样机，十二个月完成产线验证。", team);
	}

	/** Moves the clock to the day after the window's last day. */
	void closeWindow(Challenge c) {
		long days = ChronoUnit.DAYS.between(today(), c.getClosesOn()) + 1;
		clock.advance(Duration.ofDays(Math.max(days, 0)));
	}

	/** Panel usernames of a review (administrators' API). */
	public List<String> panel(long reviewId) throws Exception {
		String json = mvc.perform(get("/api/v1/reviews/{id}", reviewId).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.panel[?(@.status == 'INVITED' || @.status == 'ACCEPTED')].username");
	}

	/** Every panel member accepts and scores every criterion {@code mark}, with comments naming the mark; then it is published. */
	public void scoreAndPublish(long reviewId, int mark, String outcome) throws Exception {
		for (String expert : panel(reviewId)) {
			String mine = mvc.perform(get("/api/v1/expert/assignments").with(httpBasic(expert, DEMO)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Integer> ids = JsonPath.read(mine, "$[?(@.reviewId == " + reviewId + ")].id");
			long assignment = ids.get(0).longValue();
			mvc.perform(post("/api/v1/expert/assignments/{id}/accept", assignment).with(httpBasic(expert, DEMO))
				.contentType(MediaType.APPLICATION_JSON).content("{\"confirmNoConflict\":true}"))
				.andExpect(status().isNoContent());
			StringBuilder scores = new StringBuilder("{");
			for (String c : CRITERIA) {
				scores.append(scores.length() > 1 ? "," : "").append('"').append(c).append("\":").append(mark);
			}
			scores.append('}');
			mvc.perform(post("/api/v1/expert/assignments/{id}/scores", assignment).with(httpBasic(expert, DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":" + scores + ",\"recommendation\":\"RECOMMEND\",\"comments\":\"评审意见" + mark
						+ "：方案可行，指标有依据。\"}"))
				.andExpect(status().isNoContent());
		}
		mvc.perform(post("/api/v1/reviews/{id}/publish", reviewId).with(httpBasic(ADMIN, ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"" + outcome + "\",\"reasons\":\"专家组综合意见\"}"))
			.andExpect(status().isOk());
	}
}
