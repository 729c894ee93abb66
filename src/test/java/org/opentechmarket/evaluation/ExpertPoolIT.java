package org.opentechmarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.evaluation.domain.ExpertProfile;
import org.opentechmarket.evaluation.domain.ExpertProfileRepository;
import org.opentechmarket.evaluation.domain.ExpertStatus;
import org.opentechmarket.evaluation.domain.IntegrityType;
import org.opentechmarket.evaluation.domain.Review;
import org.opentechmarket.evaluation.domain.ReviewDraw;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** The expert pool through its pages: own profile edits, administrators' status changes and findings, and their effect. */
@PlatformTest
class ExpertPoolIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts users;
	@Autowired
	ExpertProfileRepository profiles;
	@Autowired
	ReviewService reviews;
	@Autowired
	AchievementRepository achievements;
	@Autowired
	Organisations organisations;
	@Autowired
	MutableClock clock;

	private CurrentUser load(String username) {
		return users.loadUser(username).orElseThrow();
	}

	private ExpertProfile profileOf(String username) {
		return profiles.findByUserId(load(username).id()).orElseThrow();
	}

	private long universityAchievement() {
		long university = organisations.findByName("之江理工大学").orElseThrow().id();
		return achievements
			.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(university, AchievementStatus.SUPERSEDED, PageRequest.of(0, 500))
			.stream()
			.filter(a -> a.getStatus() == AchievementStatus.PUBLISHED && "demo".equals(a.getCreatedBy()))
			.map(Achievement::getId)
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private List<ReviewDraw.DrawExclusion> exclusionsOfANewReview() {
		Review review = reviews.openReview(load("admin"), OpenReview.of(ReviewSubjectType.ACHIEVEMENT, universityAchievement(), 1));
		return reviews.draws(review.getId()).get(0).getExclusions();
	}

	@Test
	void anExpertEditsTheirProfileWithFieldErrorsAndBecomesUnavailable() throws Exception {
		CurrentUser expert = load("demo-expert5");
		ExpertProfile before = profileOf("demo-expert5");
		String disciplines = String.join(", ", before.getDisciplines());
		String page = mvc.perform(post("/expert/profile").with(user(expert)).with(csrf())
				.param("realName", before.getRealName()).param("title", before.getTitle())
				.param("disciplinesText", "99999, 52060").param("industriesText", "651").param("regionsText", "330000")
				.param("available", "true").param("employmentText", "某单位 | 2020-13-01 | ").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("代码 99999 不存在").contains("第 1 行").contains("is-invalid");
		assertThat(profileOf("demo-expert5").getDisciplines()).isEqualTo(before.getDisciplines());

		LocalDate until = LocalDate.now(clock).plusDays(30);
		mvc.perform(post("/expert/profile").with(user(expert)).with(csrf())
				.param("realName", before.getRealName()).param("title", before.getTitle())
				.param("disciplinesText", disciplines).param("industriesText", "651").param("regionsText", "330000")
				.param("_available", "on").param("unavailableUntil", until.toString()).param("availabilityNote", "出国访问")
				.param("conflictsText", "温州瓯江生物医药有限公司 |  | 曾任顾问"))
			.andExpect(status().is3xxRedirection());
		ExpertProfile after = profileOf("demo-expert5");
		assertThat(after.isAvailable(LocalDate.now(clock))).isFalse();
		assertThat(after.getConflicts()).extracting(ExpertProfile.DeclaredConflict::getReason).containsExactly("曾任顾问");
		try {
			assertThat(exclusionsOfANewReview())
				.anyMatch(e -> e.getUsername().equals("demo-expert5") && e.getRule().equals("UNAVAILABLE"));
		}
		finally {
			mvc.perform(post("/expert/profile").with(user(expert)).with(csrf())
					.param("realName", before.getRealName()).param("title", before.getTitle())
					.param("disciplinesText", disciplines).param("industriesText", "651, 653").param("regionsText", "330000")
					.param("available", "true"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(profileOf("demo-expert5").isAvailable(LocalDate.now(clock))).isTrue();
		// not an expert: no profile page
		mvc.perform(get("/expert/profile").with(user(load("demo-institution")))).andExpect(status().isForbidden());
		mvc.perform(get("/expert").with(user(load("demo-institution")))).andExpect(status().isForbidden());
	}

	@Test
	void administratorsSuspendAndRecordMisconductWithHistory() throws Exception {
		CurrentUser admin = load("admin");
		ExpertProfile p = profileOf("demo-expert6");
		String list = mvc.perform(get("/admin/experts").param("status", "ACTIVE").param("q", "孙").with(user(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("demo-expert6").doesNotContain("demo-expert2");
		mvc.perform(get("/admin/experts").with(user(load("demo-expert6")))).andExpect(status().isForbidden());

		// a status change needs a reason
		mvc.perform(post("/admin/experts/{id}/status", p.getId()).param("status", "SUSPENDED").param("reason", " ")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(profileOf("demo-expert6").getStatus()).isEqualTo(ExpertStatus.ACTIVE);
		mvc.perform(post("/admin/experts/{id}/status", p.getId()).param("status", "SUSPENDED").param("reason", "连续两次逾期")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		try {
			assertThat(profileOf("demo-expert6").getStatus()).isEqualTo(ExpertStatus.SUSPENDED);
			assertThat(exclusionsOfANewReview())
				.anyMatch(e -> e.getUsername().equals("demo-expert6") && e.getRule().equals("NOT_ACTIVE"));
		}
		finally {
			mvc.perform(post("/admin/experts/{id}/status", p.getId()).param("status", "ACTIVE").param("reason", "申诉成立，恢复")
					.with(user(admin)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		ExpertProfile back = profileOf("demo-expert6");
		assertThat(back.getStatus()).isEqualTo(ExpertStatus.ACTIVE);
		assertThat(back.getStatusHistory()).extracting(ExpertProfile.StatusChange::getReason)
			.containsSubsequence("连续两次逾期", "申诉成立，恢复");
		assertThat(back.getStatusHistory().get(back.getStatusHistory().size() - 1).getActor()).isEqualTo("admin");

		String finding = "评审意见雷同-" + System.nanoTime();
		mvc.perform(post("/admin/experts/{id}/misconduct", p.getId()).param("description", finding).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(profileOf("demo-expert6").getIntegrity())
			.anyMatch(e -> e.getType() == IntegrityType.MISCONDUCT && finding.equals(e.getDescription()));
		String detail = mvc.perform(get("/admin/experts/{id}", p.getId()).with(user(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(detail).contains(finding).contains("申诉成立，恢复");
	}

	@Test
	void theOpenFormShowsFieldErrorsAndTheShortfallWithCounts() throws Exception {
		CurrentUser admin = load("admin");
		String page = mvc.perform(post("/admin/expert-reviews").with(user(admin)).with(csrf()).header("Accept-Language", "zh-CN")
				.param("subjectType", "ACHIEVEMENT").param("subjectId", String.valueOf(universityAchievement()))
				.param("panelSize", "15"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"open-error\"").containsPattern("需要 15 人，符合条件 \\d+ 人");
		page = mvc.perform(post("/admin/expert-reviews").with(user(admin)).with(csrf()).header("Accept-Language", "zh-CN")
				.param("subjectType", "ACHIEVEMENT").param("subjectId", String.valueOf(universityAchievement()))
				.param("panelSize", "0").param("criteriaText", "创新性 30"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("第 1 行");
		page = mvc.perform(post("/admin/expert-reviews").with(user(admin)).with(csrf()).header("Accept-Language", "zh-CN")
				.param("subjectType", "ACHIEVEMENT").param("subjectId", String.valueOf(universityAchievement()))
				.param("panelSize", "0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("专家人数应为 1–15 人");
		mvc.perform(get("/admin/expert-reviews/new").param("subjectType", "ACHIEVEMENT").param("subjectId", "5")
				.with(user(load("demo-institution"))))
			.andExpect(status().isForbidden());
	}
}
