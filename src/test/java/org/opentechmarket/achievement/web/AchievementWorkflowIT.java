package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.opentechmarket.achievement.web.Registrations.EXE;
import static org.opentechmarket.achievement.web.Registrations.PASSWORD;
import static org.opentechmarket.achievement.web.Registrations.PDF;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.domain.Evidence;
import org.opentechmarket.achievement.domain.EvidenceRepository;
import org.opentechmarket.achievement.domain.RegistrationNumbers;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A registration's whole life, through the REST API and the holder's evidence form, as users go through it. */
@PlatformTest
class AchievementWorkflowIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService service;
	@Autowired
	AchievementRepository achievements;
	@Autowired
	EvidenceRepository evidence;
	@Autowired
	PlatformProperties platform;

	CurrentUser institution;

	@BeforeEach
	void users() {
		institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
	}

	@Test
	void registrationNoticeObjectionPublicationAndRevision() throws Exception {
		String tag = Registrations.unique();
		String title = "钙钛矿叠层太阳电池柔性封装技术" + tag;
		String patent = Registrations.patentNumber();

		// 1. the holder registers a draft
		MvcResult created = mvc.perform(post("/api/v1/achievements").with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson(title, patent)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.holder").value("之江理工大学"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.registrationNumber").doesNotExist())
			.andExpect(jsonPath("$.inventors[2].share").value(33.34))
			.andReturn();
		long id = Registrations.id(created);

		// 2. submitting without evidence: a problem listing what is missing
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("evidence")))
			.andExpect(jsonPath("$.errors[*].field", everyItem(is("evidence"))))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].code", hasItem("achievement.evidence.ipCertificate")));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.DRAFT);

		// 3. evidence through the web form; an executable is refused whatever its name, and nothing is kept of it
		long filesBefore = evidenceFiles();
		for (String name : List.of("setup.exe", "检测报告.pdf")) {
			mvc.perform(multipart("/my/achievements/{id}/evidence", id)
					.file(new MockMultipartFile("file", name, "application/pdf", EXE))
					.param("type", "TEST_REPORT").with(user(institution)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/my/achievements/" + id + "/edit#evidence"))
				.andExpect(flash().attribute("evidenceError", "evidence.type.notAllowed"));
		}
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(id)).isEmpty();
		assertThat(evidenceFiles()).isEqualTo(filesBefore);
		// the refusal is shown next to the upload form
		mvc.perform(get("/my/achievements/{id}/edit", id).with(user(institution))
				.flashAttr("evidenceError", "evidence.type.notAllowed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只接受 PDF、JPG、PNG、DOCX 和 ZIP 文件")));

		Registrations.uploadAppliedEvidence(mvc, institution, id);
		List<Evidence> stored = evidence.findByAchievementIdOrderByUploadedAt(id);
		assertThat(stored).extracting(e -> e.getType().name())
			.containsExactlyInAnyOrder("ACCEPTANCE_OPINION", "TEST_REPORT", "IP_CERTIFICATE");
		assertThat(stored).allSatisfy(e -> {
			assertThat(e.getContentType()).isEqualTo("application/pdf");
			assertThat(e.getSizeBytes()).isEqualTo(PDF.length);
			assertThat(e.getSha256()).hasSize(64);
			assertThat(e.getUploadedBy()).isEqualTo("demo-institution");
		});
		assertThat(evidenceFiles()).isEqualTo(filesBefore + 3);

		// 4. submitted for formal review
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// no more evidence once submitted
		mvc.perform(multipart("/my/achievements/{id}/evidence", id)
				.file(new MockMultipartFile("file", "用户证明.pdf", "application/pdf", PDF))
				.param("type", "USER_CERTIFICATE").with(user(institution)).with(csrf()))
			.andExpect(status().isConflict());

		// 5. the administrator passes the review: registration number, public notice
		MvcResult approved = mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_NOTICE"))
			.andExpect(jsonPath("$.noticeEndsAt").isNotEmpty())
			.andReturn();
		String number = JsonPath.read(Registrations.body(approved), "$.registrationNumber");
		assertThat(number).matches("^330\\d{4}Y\\d{4}$");
		assertThat(number.substring(3, 7)).isEqualTo(String.valueOf(java.time.LocalDate.now(clock).getYear()));
		Achievement inNotice = achievements.findById(id).orElseThrow();
		assertThat(Duration.between(inNotice.getNoticeStartsAt(), inNotice.getNoticeEndsAt())).isEqualTo(Duration.ofDays(15));

		// the notice is public (公示), but the achievement is not in the catalogue yet
		mvc.perform(get("/api/v1/achievements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_NOTICE"));
		assertThat(searchIds("钙钛矿")).doesNotContain(id);

		// 6. a logged-in enterprise objects
		mvc.perform(post("/api/v1/achievements/{id}/objections", id).with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"太短\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reasons"));
		MvcResult objection = mvc.perform(post("/api/v1/achievements/{id}/objections", id)
				.with(httpBasic("demo-enterprise", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"该专利的权利人与登记的完成单位不一致，请核实。\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.filedBy").value("demo-enterprise"))
			.andReturn();
		long objectionId = Registrations.id(objection);

		// 7. the notice ends, but the open objection holds publication
		clock.advance(Duration.ofDays(16));
		service.publishDueNotices();
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.IN_NOTICE);
		assertThat(searchIds("钙钛矿")).doesNotContain(id);

		// only an administrator resolves objections
		mvc.perform(post("/api/v1/objections/{id}/resolve", objectionId).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\": false, \"resolution\": \"自己驳回\"}"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.IN_NOTICE);

		// 8. dismissed: the next run publishes it
		mvc.perform(post("/api/v1/objections/{id}/resolve", objectionId).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"upheld\": false, \"resolution\": \"经核实专利已转让给完成单位，异议不成立。\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/objections/{id}/resolve", objectionId).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\": true, \"resolution\": \"再次处理\"}"))
			.andExpect(status().isConflict());
		assertThat(service.publishDueNotices()).isGreaterThanOrEqualTo(1);
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.PUBLISHED);

		// 9. public now: page, API and search
		mvc.perform(get("/api/v1/achievements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.registrationNumber").value(number))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty())
			// shares are for the holder only
			.andExpect(jsonPath("$.inventors[0].name").value("周立"))
			.andExpect(jsonPath("$.inventors[0].share").doesNotExist());
		mvc.perform(get("/achievements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(number)));
		String found = search("钙钛矿");
		assertThat(ids(found)).contains(id);
		List<String> highlights = JsonPath.read(found, "$.items[?(@.id == " + id + ")].titleHighlight");
		assertThat(highlights).singleElement().asString().contains("<mark>");
		assertThat(ids(search(title))).first().isEqualTo(id);

		// 10. a revision: the public keeps seeing version 1 until version 2 is approved
		MvcResult revised = mvc.perform(post("/api/v1/achievements/{id}/revisions", id)
				.with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(2))
			.andReturn();
		long revisionId = Registrations.id(revised);
		assertThat(revisionId).isNotEqualTo(id);
		// one open revision at a time
		mvc.perform(post("/api/v1/achievements/{id}/revisions", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isConflict());
		// the evidence is carried over to the revision
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(revisionId)).hasSize(3);
		// a draft revision cannot be approved, and the failed attempt leaves the public version alone
		mvc.perform(post("/api/v1/achievements/{id}/approve", revisionId).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isConflict());
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.PUBLISHED);

		String newAbstract = "本成果在第一版基础上新增了组件级中试验证数据，采用宽带隙薄膜与晶硅叠层结构和低温原子层沉积封装，"
				+ "湿热老化一千五百小时后效率保持率仍超过百分之九十五，已完成三条产线的工艺适配。";
		mvc.perform(put("/api/v1/achievements/{id}", revisionId).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson(title, patent, newAbstract)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.abstractText").value(newAbstract));
		mvc.perform(get("/api/v1/achievements/{id}", id))
			.andExpect(jsonPath("$.abstractText").value(org.hamcrest.Matchers.not(newAbstract)));
		mvc.perform(get("/api/v1/achievements/{id}", revisionId)).andExpect(status().isNotFound());

		Registrations.submit(mvc, "demo-institution", revisionId);
		mvc.perform(post("/api/v1/achievements/{id}/approve", revisionId).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.registrationNumber").value(number))
			.andExpect(jsonPath("$.version").value(2));

		// the lineage's public id moved to version 2; version 1 is history
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.SUPERSEDED);
		mvc.perform(get("/api/v1/achievements/{id}", revisionId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.abstractText").value(newAbstract))
			.andExpect(jsonPath("$.registrationNumber").value(number));
		// superseded versions stay readable as history, marked as such
		mvc.perform(get("/api/v1/achievements/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUPERSEDED"));
		mvc.perform(get("/api/v1/achievements/{id}", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUPERSEDED"));
		List<Long> afterRevision = ids(search("钙钛矿"));
		assertThat(afterRevision).contains(revisionId).doesNotContain(id);
		assertThat(RegistrationNumbers.sequenceOf(number)).isPositive();
		// the public page of version 2 lists both versions
		mvc.perform(get("/achievements/{id}", revisionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/achievements/" + id)));
	}

	@Test
	void aReturnedRegistrationIsCorrectedAndSubmittedAgainARejectedOneIsFinal() throws Exception {
		String title = "城市地下管网渗漏声学定位系统" + Registrations.unique();
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson(title, Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);

		// the holder cannot change a submitted registration
		mvc.perform(put("/api/v1/achievements/{id}", id).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Registrations.appliedJson(title + "改", Registrations.patentNumber())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		// formal review in the administrator's pages: returning needs a reason
		CurrentUser admin = (CurrentUser) userDetails.loadUserByUsername("demo-admin");
		mvc.perform(post("/admin/reviews/{id}/return", id).param("reason", " ").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("reasonError", "validation.reasonRequired"));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.SUBMITTED);
		mvc.perform(post("/admin/reviews/{id}/return", id).param("reason", "请补充第三方检测报告的签章页").with(user(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "review.returned"));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.RETURNED);
		// the reason is shown to the holder
		mvc.perform(get("/achievements/{id}", id).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请补充第三方检测报告的签章页")));
		// a returned registration takes more evidence and edits
		Registrations.uploadEvidence(mvc, institution, id, "USER_CERTIFICATE", "用户证明.pdf", PDF);
		mvc.perform(put("/api/v1/achievements/{id}", id).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Registrations.appliedJson(title, Registrations.patentNumber())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		Registrations.submit(mvc, "demo-institution", id);
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.SUBMITTED);
		Achievement resubmitted = achievements.findById(id).orElseThrow();
		assertThat(resubmitted.getFirstSubmittedAt()).isBeforeOrEqualTo(resubmitted.getSubmittedAt());

		// rejection needs a reason and is final
		mvc.perform(post("/admin/reviews/{id}/reject", id).param("reason", "").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("reasonError", "validation.reasonRequired"));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.SUBMITTED);
		mvc.perform(post("/admin/reviews/{id}/reject", id).param("reason", "与已登记成果实质相同").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("notice", "review.rejected"));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.REJECTED);
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isConflict());
		assertThat(achievements.findById(id).orElseThrow().getRegistrationNumber()).isNull();
	}

	@Test
	void anUpheldObjectionReturnsTheRegistrationToItsHolder() throws Exception {
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("深海热液区微生物资源采集装置" + Registrations.unique(), Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		Registrations.approve(mvc, id);

		// anonymous users cannot object; objections only during the notice
		mvc.perform(post("/api/v1/achievements/{id}/objections", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"匿名异议理由足够长吗？是的。\"}"))
			.andExpect(status().isUnauthorized());
		long objectionId = Registrations.id(mvc.perform(post("/api/v1/achievements/{id}/objections", id)
				.with(httpBasic("demo-institution2", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"第二完成人实际为本院职工，成果权属存在争议。\"}"))
			.andExpect(status().isCreated())
			.andReturn());
		mvc.perform(post("/api/v1/objections/{id}/resolve", objectionId).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\": true, \"resolution\": \" \"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/objections/{id}/resolve", objectionId).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"upheld\": true, \"resolution\": \"权属争议属实，请双方协商后重新提交。\"}"))
			.andExpect(status().isOk());
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.RETURNED);

		clock.advance(Duration.ofDays(16));
		service.publishDueNotices();
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.RETURNED);
		mvc.perform(post("/api/v1/achievements/{id}/objections", id).with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"公示已经结束但仍提出异议。\"}"))
			.andExpect(status().isConflict());
		// the finding is in the workflow history, for the holder to read
		Achievement returned = achievements.findById(id).orElseThrow();
		assertThat(service.view(institution, id).getWorkflow()).last()
			.satisfies(s -> assertThat(s.getReason()).isEqualTo("权属争议属实，请双方协商后重新提交。"));
		assertThat(returned.getNoticeEndsAt()).isNull();
	}

	@Test
	void aWithdrawnRegistrationIsFinal() throws Exception {
		String title = "废旧光伏组件银回收工艺" + Registrations.unique();
		long id = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		mvc.perform(post("/my/achievements/{id}/withdraw", id).param("reason", "合并到其他成果").with(user(institution))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/my/achievements"));
		assertThat(statusOf(id)).isEqualTo(AchievementStatus.WITHDRAWN);
		// complete and proven, but withdrawn: it cannot come back
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/achievements/{id}", id).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(Registrations.appliedJson(title, Registrations.patentNumber())))
			.andExpect(status().isConflict());
		// the holder's list no longer offers it for editing, the public never sees it
		mvc.perform(get("/api/v1/achievements/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void workflowActionsThroughTheApiAnswerWithTheChangedRegistration() throws Exception {
		long returned = submittedRegistration("退回接口探查" + Registrations.unique());
		mvc.perform(post("/api/v1/achievements/{id}/return", returned).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"请补充检测报告签章页\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));

		long rejected = submittedRegistration("驳回接口探查" + Registrations.unique());
		mvc.perform(post("/api/v1/achievements/{id}/reject", rejected).with(httpBasic("demo-admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"与已登记成果实质相同\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));

		long withdrawn = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("撤回接口探查" + Registrations.unique(), Registrations.patentNumber()));
		mvc.perform(post("/api/v1/achievements/{id}/withdraw", withdrawn).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"不再登记\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));

		long published = Registrations.publish(mvc, institution,
				Registrations.appliedJson("转化接口探查" + Registrations.unique(), Registrations.patentNumber()), clock, service);
		mvc.perform(post("/api/v1/achievements/{id}/converted", published).with(httpBasic("demo-institution", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"许可合同已在技术合同登记站登记\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONVERTED"));
	}

	@Test
	void duplicatesAreRefusedAtSubmission() throws Exception {
		String title = "茶园病虫害智能识别与绿色防控系统" + Registrations.unique();
		String patent = Registrations.patentNumber();
		long first = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, patent));
		Registrations.uploadAppliedEvidence(mvc, institution, first);
		Registrations.submit(mvc, "demo-institution", first);

		// same holder, same title (case and all), and the same patent number
		long second = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, patent));
		Registrations.uploadAppliedEvidence(mvc, institution, second);
		mvc.perform(post("/api/v1/achievements/{id}/submit", second).with(httpBasic("demo-institution", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("achievement.duplicate.title")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("achievement.duplicate.patent")));
		assertThat(statusOf(second)).isEqualTo(AchievementStatus.DRAFT);
	}

	@Test
	void aLoggedInUserCanReadAnAchievementInNoticeAndObjectOnThePage() throws Exception {
		String title = "桥梁钢结构焊缝超声相控阵检测方法" + Registrations.unique();
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson(title, Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		Registrations.approve(mvc, id);

		CurrentUser enterprise = (CurrentUser) userDetails.loadUserByUsername("demo-enterprise");
		mvc.perform(get("/achievements/{id}", id).with(user(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/achievements/" + id + "/objections")));
	}

	@Test
	void objectionsFiledOnThePageAreValidatedAndListedForTheHolder() throws Exception {
		String title = "低功耗窄带物联网水表" + Registrations.unique();
		long id = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson(title, Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		Registrations.approve(mvc, id);
		CurrentUser enterprise = (CurrentUser) userDetails.loadUserByUsername("demo-enterprise");

		mvc.perform(post("/achievements/{id}/objections", id).param("reasons", "太短了").with(user(enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("objectionError", "objection.reasons.tooShort"));
		mvc.perform(post("/achievements/{id}/objections", id).param("reasons", "计量数据未经法定计量机构检定，不宜公开推广。")
				.with(user(enterprise)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "objection.filed"));
		// the holder and the administrator see it; the review queue lists it
		mvc.perform(get("/achievements/{id}", id).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("计量数据未经法定计量机构检定")));
		CurrentUser admin = (CurrentUser) userDetails.loadUserByUsername("demo-admin");
		mvc.perform(get("/admin/reviews").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	// ------------------------------------------------------------------ helpers

	private long submittedRegistration(String title) throws Exception {
		long id = Registrations.createDraft(mvc, "demo-institution", Registrations.appliedJson(title, Registrations.patentNumber()));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		return id;
	}

	private AchievementStatus statusOf(long id) {
		return achievements.findById(id).orElseThrow().getStatus();
	}

	private String search(String q) throws Exception {
		return Registrations.body(mvc.perform(get("/api/v1/achievements").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn());
	}

	private List<Long> searchIds(String q) throws Exception {
		return ids(search(q));
	}

	private static List<Long> ids(String page) {
		List<Number> ids = JsonPath.read(page, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private long evidenceFiles() throws IOException {
		Path root = platform.dataPath("evidence");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
