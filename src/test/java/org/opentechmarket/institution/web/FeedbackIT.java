package org.opentechmarket.institution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.Feedback;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.FeedbackSummary;
import org.opentechmarket.institution.SubjectKind;
import org.opentechmarket.institution.domain.Complaint;
import org.opentechmarket.institution.domain.ComplaintStatus;
import org.opentechmarket.institution.domain.Complaints;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.institution.domain.Rating;
import org.opentechmarket.institution.domain.RatingStatus;
import org.opentechmarket.institution.domain.Ratings;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Ratings count only once approved; complaints are moderated and notify both sides; brokers are rated the same way. */
@PlatformTest
class FeedbackIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	AccountService accounts;
	@Autowired
	UserAccounts users;
	@Autowired
	InstitutionRegistry registry;
	@Autowired
	Feedback feedback;
	@Autowired
	Ratings ratings;
	@Autowired
	Complaints complaints;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;

	InstitutionFixtures fixtures;
	CurrentUser admin;

	@BeforeEach
	void setUp() {
		fixtures = new InstitutionFixtures(accounts, users, registry);
		admin = fixtures.admin();
	}

	private FeedbackSummary summary(long organisationId) {
		return feedback.summary(FeedbackSubject.organisation(organisationId), Year.now(clock));
	}

	private Rating only(SubjectKind kind, long subjectId, long raterUserId) {
		List<Rating> found = ratings.findAll()
			.stream()
			.filter(r -> r.getSubjectKind() == kind && r.getSubjectId() == subjectId && r.getRaterUserId() == raterUserId)
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<String> inbox(long userId) {
		return jdbc.queryForList("select message_key from inbox_messages where user_id = ?", String.class, userId);
	}

	@Test
	void aRatingCountsOnlyOnceApproved() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		long id = provider.profile().getId();
		long organisation = provider.owner().organisationId();
		CurrentUser client = fixtures.client().user();
		mvc.perform(post("/providers/{id}/rate", id).with(user(client)).with(csrf())
			.param("score", "4").param("comment", "报告规范，交付及时。"))
			.andExpect(redirectedUrl("/providers/" + id))
			.andExpect(flash().attribute("notice", "feedback.rating.received"));
		Rating rating = only(SubjectKind.ORGANISATION, organisation, client.id());
		assertThat(rating.getStatus()).isEqualTo(RatingStatus.PENDING);
		assertThat(summary(organisation).ratings()).isZero();
		mvc.perform(get("/providers/{id}", id)).andExpect(content().string(not(containsString("报告规范，交付及时。"))));
		mvc.perform(get("/admin/feedback").with(user(admin))).andExpect(content().string(containsString("报告规范，交付及时。")));

		mvc.perform(post("/admin/feedback/ratings/{id}/approve", rating.getId()).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("notice", "feedback.rating.approved"));
		FeedbackSummary after = summary(organisation);
		assertThat(after.ratings()).isEqualTo(1);
		assertThat(after.averageRating()).isEqualByComparingTo("4.00");
		mvc.perform(get("/providers/{id}", id)).andExpect(content().string(containsString("报告规范，交付及时。")));

		// once per subject per calendar year
		mvc.perform(post("/providers/{id}/rate", id).with(user(client)).with(csrf())
			.param("score", "5").param("comment", "再评一次"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您今年已评价过")));
		assertThat(summary(organisation).ratings()).isEqualTo(1);
	}

	@Test
	void aRejectedRatingNeverCounts() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		long organisation = provider.owner().organisationId();
		CurrentUser client = fixtures.client().user();
		mvc.perform(post("/providers/{id}/rate", provider.profile().getId()).with(user(client)).with(csrf())
			.param("score", "1").param("comment", "竞争对手的恶意差评"))
			.andExpect(status().is3xxRedirection());
		Rating rating = only(SubjectKind.ORGANISATION, organisation, client.id());
		mvc.perform(post("/admin/feedback/ratings/{id}/reject", rating.getId()).with(user(admin)).with(csrf()))
			.andExpect(flash().attributeExists("errors"));
		assertThat(ratings.findById(rating.getId()).orElseThrow().getStatus()).isEqualTo(RatingStatus.PENDING);
		mvc.perform(post("/admin/feedback/ratings/{id}/reject", rating.getId()).with(user(admin)).with(csrf())
			.param("reason", "无服务往来"))
			.andExpect(flash().attribute("notice", "feedback.rating.rejected"));
		assertThat(summary(organisation).ratings()).isZero();
		assertThat(summary(organisation).averageRating()).isNull();
		mvc.perform(get("/providers/{id}", provider.profile().getId()))
			.andExpect(content().string(not(containsString("竞争对手的恶意差评"))));
		// approving afterwards is refused
		mvc.perform(post("/admin/feedback/ratings/{id}/approve", rating.getId()).with(user(admin)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void nobodyRatesTheirOwnOrganisationAndBadInputIsShownOnTheForm() throws Exception {
		InstitutionFixtures.Listed provider = fixtures.provider();
		long id = provider.profile().getId();
		mvc.perform(post("/providers/{id}/rate", id).with(user(provider.owner().user())).with(csrf())
			.param("score", "5").param("comment", "我们最好"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能评价本单位")));
		// the owner is not offered the forms at all
		mvc.perform(get("/providers/{id}", id).with(user(provider.owner().user())))
			.andExpect(content().string(not(containsString("/providers/" + id + "/rate"))));
		CurrentUser client = fixtures.client().user();
		mvc.perform(post("/providers/{id}/rate", id).with(user(client)).with(csrf()).param("score", "9").param("comment", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择 1 至 5 分")))
			.andExpect(content().string(containsString("必填")));
		mvc.perform(post("/providers/{id}/rate", id).with(user(client)).with(csrf()).param("score", "abc").param("comment", "好"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写整数")));
		assertThat(ratings.findAll().stream().filter(r -> r.getSubjectId() == provider.owner().organisationId())).isEmpty();
		// a client is offered the forms
		mvc.perform(get("/providers/{id}", id).with(user(client)))
			.andExpect(content().string(containsString("action=\"/providers/" + id + "/rate\"")));
		// signing in is required to rate
		mvc.perform(post("/providers/{id}/rate", id).with(csrf()).param("score", "5").param("comment", "匿名"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void complaintsAreModeratedAndNotifyBothSides() throws Exception {
		InstitutionFixtures.Listed institution = fixtures.institution();
		long id = institution.profile().getId();
		long organisation = institution.owner().organisationId();
		CurrentUser owner = institution.owner().user();
		CurrentUser client = fixtures.client().user();
		String description = "经纪服务费与合同约定不符，多次沟通未果。" + InstitutionFixtures.unique();

		mvc.perform(post("/institutions/{id}/complain", id).with(user(client)).with(csrf()).param("description", "太差"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少用 10 个字说明情况")));
		mvc.perform(post("/institutions/{id}/complain", id).with(user(client)).with(csrf()).param("description", description))
			.andExpect(redirectedUrl("/institutions/" + id));
		assertThat(inbox(owner.id())).contains("feedback.inbox.complaintReceived");
		Complaint complaint = complaints.findByComplainantUserIdOrderByCreatedAtDesc(client.id()).get(0);
		assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);

		// the subject's administrator sees and answers it; a stranger cannot
		mvc.perform(get("/feedback/complaints").with(user(owner))).andExpect(content().string(containsString(description)));
		mvc.perform(post("/feedback/complaints/{id}/respond", complaint.getId()).with(user(users.loadUser("demo-enterprise2").orElseThrow()))
			.with(csrf()).param("response", "不是我们"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/feedback/complaints/{id}/respond", complaint.getId()).with(user(owner)).with(csrf())
			.param("response", "已核对合同，将退还差额。"))
			.andExpect(flash().attribute("notice", "feedback.complaint.responded"));

		// never shown publicly in full
		mvc.perform(get("/institutions/{id}", id)).andExpect(content().string(not(containsString(description))));

		mvc.perform(post("/admin/feedback/complaints/{id}/status", complaint.getId()).with(user(admin)).with(csrf())
			.param("target", "INVESTIGATING"))
			.andExpect(flash().attribute("notice", "feedback.complaint.updated"));
		mvc.perform(post("/admin/feedback/complaints/{id}/status", complaint.getId()).with(user(admin)).with(csrf())
			.param("target", "UPHELD"))
			.andExpect(flash().attributeExists("errors"));
		assertThat(summary(organisation).upheldComplaints()).isZero();
		mvc.perform(post("/admin/feedback/complaints/{id}/status", complaint.getId()).with(user(admin)).with(csrf())
			.param("target", "UPHELD").param("reason", "经核实多收服务费"))
			.andExpect(flash().attribute("notice", "feedback.complaint.updated"));
		assertThat(inbox(client.id())).contains("feedback.inbox.complaintUpheld");
		assertThat(summary(organisation).upheldComplaints()).isEqualTo(1);
		mvc.perform(get("/api/v1/institutions/{id}", id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ratings.upheldComplaints").value(1));
		mvc.perform(get("/institutions/{id}", id))
			.andExpect(content().string(containsString("id=\"upheld-complaints\">1<")))
			.andExpect(content().string(not(containsString(description))));
		// a decided complaint cannot be reopened
		mvc.perform(post("/admin/feedback/complaints/{id}/status", complaint.getId()).with(user(admin)).with(csrf())
			.param("target", "DISMISSED").param("reason", "改判"))
			.andExpect(status().isConflict());
	}

	@Test
	void brokersAreRatedAndComplainedAboutThroughTheFeedbackRoutes() throws Exception {
		CurrentUser broker = users.loadUser("demo-broker").orElseThrow();
		CurrentUser client = fixtures.client().user();
		mvc.perform(post("/feedback/brokers/{id}/rate", broker.id()).with(user(client)).with(csrf())
			.param("score", "5").param("comment", "对接高效。"))
			.andExpect(redirectedUrl("/brokers/" + broker.id()))
			.andExpect(flash().attribute("notice", "feedback.rating.received"));
		Rating rating = only(SubjectKind.BROKER, broker.id(), client.id());
		assertThat(rating.getSubjectOrganisationId()).isEqualTo(broker.organisationId());
		FeedbackSummary before = feedback.summary(FeedbackSubject.broker(broker.id()), Year.now(clock));
		mvc.perform(post("/admin/feedback/ratings/{id}/approve", rating.getId()).with(user(admin)).with(csrf()));
		assertThat(feedback.summary(FeedbackSubject.broker(broker.id()), Year.now(clock)).ratings())
			.isEqualTo(before.ratings() + 1);

		// a broker cannot rate themselves; a colleague cannot rate them either
		mvc.perform(post("/feedback/brokers/{id}/rate", broker.id()).with(user(broker)).with(csrf())
			.param("score", "5").param("comment", "自评"))
			.andExpect(redirectedUrl("/brokers/" + broker.id()))
			.andExpect(flash().attribute("feedbackErrors", List.of("不能评价自己。")));
		mvc.perform(post("/feedback/brokers/{id}/rate", broker.id()).with(user(users.loadUser("demo-expert5").orElseThrow()))
			.with(csrf()).param("score", "5").param("comment", "同事"))
			.andExpect(flash().attribute("feedbackErrors", List.of("不能评价本单位。")));
		// only brokers can be rated as brokers
		long enterpriseUser = users.loadUser("demo-enterprise").orElseThrow().id();
		mvc.perform(post("/feedback/brokers/{id}/rate", enterpriseUser).with(user(client)).with(csrf())
			.param("score", "5").param("comment", "x"))
			.andExpect(status().isNotFound());

		int before2 = inbox(broker.id()).size();
		mvc.perform(post("/feedback/brokers/{id}/complain", broker.id()).with(user(client)).with(csrf())
			.param("description", "承诺的对接会没有安排，也没有任何说明。"))
			.andExpect(redirectedUrl("/brokers/" + broker.id()))
			.andExpect(flash().attribute("notice", "feedback.complaint.received"));
		assertThat(inbox(broker.id())).hasSize(before2 + 1).contains("feedback.inbox.complaintReceived");
		Complaint complaint = complaints.findByComplainantUserIdOrderByCreatedAtDesc(client.id()).get(0);
		assertThat(complaint.getSubjectKind()).isEqualTo(SubjectKind.BROKER);
		mvc.perform(post("/admin/feedback/complaints/{id}/status", complaint.getId()).with(user(admin)).with(csrf())
			.param("target", "DISMISSED").param("reason", "已另行安排"));
		assertThat(inbox(client.id())).contains("feedback.inbox.complaintDismissed");
	}
}
