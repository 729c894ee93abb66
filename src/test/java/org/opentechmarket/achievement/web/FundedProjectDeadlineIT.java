package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.FundedProject.DeadlineStatus;
import org.opentechmarket.achievement.domain.FundedProjectService;
import org.opentechmarket.achievement.domain.FundedProjectService.ProjectRow;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 应登尽登: funded projects and whether their results were registered within 30 days of acceptance. */
@PlatformTest
class FundedProjectDeadlineIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	FundedProjectService projects;
	@Autowired
	MutableClock clock;

	CurrentUser admin;
	CurrentUser institution;

	@BeforeEach
	void users() {
		admin = (CurrentUser) userDetails.loadUserByUsername("demo-admin");
		institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
	}

	@Test
	void theHolderSeesItsProjectsDueThenRegisteredOnTime() throws Exception {
		String number = projectNumber();
		createProject(number, LocalDate.now(clock).minusDays(5));

		mvc.perform(get("/funded-projects").with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("待登记")));
		assertThat(row(admin, number).status()).isEqualTo(DeadlineStatus.DUE);
		assertThat(row(admin, number).deadline()).isEqualTo(LocalDate.now(clock).plusDays(25));
		// other organisations do not see it
		mvc.perform(get("/funded-projects").with(user((CurrentUser) userDetails.loadUserByUsername("demo-institution2"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));

		// a draft citing the project is not a registration yet
		long id = Registrations.createDraft(mvc, "demo-institution", citing(number, "多光谱遥感作物长势监测"));
		assertThat(row(institution, number).status()).isEqualTo(DeadlineStatus.DUE);
		assertThat(row(institution, number).registeredOn()).isNull();

		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		ProjectRow registered = row(institution, number);
		assertThat(registered.status()).isEqualTo(DeadlineStatus.ON_TIME);
		assertThat(registered.registeredOn()).isEqualTo(LocalDate.now(clock));
		mvc.perform(get("/funded-projects").with(user(institution)))
			.andExpect(content().string(containsString("按时登记")));
	}

	@Test
	void aProjectPastTheDeadlineIsOverdueThenRegisteredLate() throws Exception {
		String number = projectNumber();
		createProject(number, LocalDate.now(clock).minusDays(31));
		assertThat(row(admin, number).status()).isEqualTo(DeadlineStatus.OVERDUE);
		mvc.perform(get("/funded-projects").with(user(admin)))
			.andExpect(content().string(containsString("已逾期未登记")));

		long id = Registrations.createDraft(mvc, "demo-institution", citing(number, "茶叶加工数字孪生"));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		assertThat(row(admin, number).status()).isEqualTo(DeadlineStatus.LATE);
	}

	@Test
	void exactlyOnTheDeadlineDayIsStillOnTime() throws Exception {
		String number = projectNumber();
		createProject(number, LocalDate.now(clock).minusDays(30));
		assertThat(row(admin, number).status()).isEqualTo(DeadlineStatus.DUE);
		long id = Registrations.createDraft(mvc, "demo-institution", citing(number, "截止日当天登记"));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		assertThat(row(admin, number).status()).isEqualTo(DeadlineStatus.ON_TIME);
	}

	@Test
	void onlyAdministratorsAddProjectsAndOnlyFiscallyFundedOnes() throws Exception {
		String number = projectNumber();
		mvc.perform(post("/funded-projects").param("projectNumber", number).param("title", "越权添加")
				.param("holderOrganisationId", String.valueOf(institution.organisationId())).param("fundingLevel", "PROVINCIAL")
				.with(user(institution)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(rows(admin)).noneMatch(r -> r.project().getProjectNumber().equals(number));

		mvc.perform(post("/funded-projects").param("projectNumber", number).param("title", "自筹项目")
				.param("holderOrganisationId", String.valueOf(institution.organisationId())).param("fundingLevel", "SELF")
				.param("fundingWan", "-1").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("projectErrors", org.hamcrest.Matchers.hasItems(
					FieldViolation.of("fundingLevel", "fundedProject.level.fiscal"),
					FieldViolation.of("fundingWan", "achievement.price.negative"))));
		assertThat(rows(admin)).noneMatch(r -> r.project().getProjectNumber().equals(number));

		createProject(number, LocalDate.now(clock));
		mvc.perform(post("/funded-projects").param("projectNumber", " " + number + " ").param("title", "重复编号")
				.param("holderOrganisationId", String.valueOf(institution.organisationId())).param("fundingLevel", "NATIONAL")
				.with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("projectErrors",
					org.hamcrest.Matchers.hasItem(FieldViolation.of("projectNumber", "fundedProject.number.taken"))));
		assertThat(rows(admin)).filteredOn(r -> r.project().getProjectNumber().equals(number)).hasSize(1);
	}

	@Test
	void aRejectedRegistrationDoesNotCountAsRegistered() throws Exception {
		String number = projectNumber();
		createProject(number, LocalDate.now(clock).minusDays(5));
		long id = Registrations.createDraft(mvc, "demo-institution", citing(number, "被驳回的登记"));
		Registrations.uploadAppliedEvidence(mvc, institution, id);
		Registrations.submit(mvc, "demo-institution", id);
		mvc.perform(post("/admin/reviews/{id}/reject", id).param("reason", "材料不实").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("notice", "review.rejected"));

		ProjectRow row = row(admin, number);
		assertThat(row.registeredOn()).isNull();
		assertThat(row.status()).isEqualTo(DeadlineStatus.DUE);
	}

	// ------------------------------------------------------------------ helpers

	private void createProject(String number, LocalDate accepted) throws Exception {
		mvc.perform(post("/funded-projects").param("projectNumber", number).param("title", "财政资助测试项目" + number)
				.param("holderOrganisationId", String.valueOf(institution.organisationId())).param("fundingLevel", "PROVINCIAL")
				.param("fundingWan", "120.50").param("acceptanceDate", accepted.toString()).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "fundedProject.created"));
	}

	private static String projectNumber() {
		return "2026ZJ" + Registrations.unique();
	}

	private static String citing(String projectNumber, String title) {
		return Registrations.appliedJson(title + Registrations.unique(), Registrations.patentNumber())
			.replaceFirst("\"projectNumber\": \"[^\"]*\"", "\"projectNumber\": \"" + projectNumber + "\"");
	}

	private List<ProjectRow> rows(CurrentUser user) {
		return projects.list(user);
	}

	private ProjectRow row(CurrentUser user, String number) {
		return rows(user).stream().filter(r -> r.project().getProjectNumber().equals(number)).findFirst().orElseThrow();
	}
}
