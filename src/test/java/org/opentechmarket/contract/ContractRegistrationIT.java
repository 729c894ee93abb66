package org.opentechmarket.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.contract.domain.Contract;
import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.ContractStatus;
import org.opentechmarket.contract.domain.Contracts;
import org.opentechmarket.contract.domain.NotRegistrableReason;
import org.opentechmarket.contract.domain.RegistrationPoints;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewPublished;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;
import org.opentechmarket.platform.WorkingDays;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class ContractRegistrationIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	ContractService service;
	@Autowired
	Contracts contracts;
	@Autowired
	RegistrationPoints points;
	@Autowired
	WorkingDays workingDays;
	@Autowired
	RecordsService records;
	@Autowired
	Organisations organisations;
	@Autowired
	MutableClock clock;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate tx;

	CurrentUser seller() {
		return ContractFixtures.user(users, "demo-institution");
	}

	CurrentUser registrar() {
		return ContractFixtures.user(users, "demo-registrar");
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void sellerPreFillsFromAVerifiedDealAndOnlyItsOwn() throws Exception {
		String buyer = "预填买方" + Registrations.unique();
		long deal = ContractFixtures.verifiedDeal(records, users, buyer, "1234567.00", today().minusDays(5));
		mvc.perform(get("/contracts").with(user(seller())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(buyer)))
			.andExpect(content().string(containsString("broker:" + deal)));
		mvc.perform(get("/contracts/new").param("deal", "broker:" + deal).with(user(seller())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + buyer + "\"")))
			.andExpect(content().string(containsString("1234567.00")))
			.andExpect(content().string(containsString("value=\"broker:" + deal + "\"")));
		// another organisation is not the seller: the deal does not exist for it
		mvc.perform(get("/contracts/new").param("deal", "broker:" + deal).with(user(ContractFixtures.user(users,
				"demo-institution2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/contracts").with(user(ContractFixtures.user(users, "demo-institution2"))))
			.andExpect(content().string(not(containsString(buyer))));
	}

	@Test
	void submissionStartsTheFifteenWorkingDayClockAtThePointCoveringTheSeller() throws Exception {
		String project = "许可" + Registrations.unique();
		long id = ContractFixtures.submit(mvc, seller(), ContractFixtures.licence(project, "800000.00", today())
			.param("costs[0].kind", "EQUIPMENT").param("costs[0].description", "检测仪").param("costs[0].amount", "50000")
			.param("costs[1].kind", "DOCUMENT_COPIES").param("costs[1].description", "图纸副本").param("costs[1].amount", "3000"));
		Contract c = contracts.findById(id).orElseThrow();
		assertThat(c.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
		assertThat(c.getTechnicalAmount()).isEqualByComparingTo("750000.00");
		assertThat(c.getTerms().getLicenceMode().name()).isEqualTo("ORDINARY");
		assertThat(c.getAcceptedOn()).isEqualTo(today());
		assertThat(c.getDecisionDue()).isEqualTo(workingDays.plusWorkingDays(today(), 15));
		long registry = organisations.findByName("杭州市技术合同登记站（演示）").orElseThrow().id();
		assertThat(c.getPointOrganisationId()).isEqualTo(registry);
		assertThat(c.getSeller().getOrganisationId()).isEqualTo(seller().organisationId());
		mvc.perform(get("/registrar/contracts").with(user(registrar())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(project)));
	}

	@Test
	void invalidSubmissionsShowFieldErrors() throws Exception {
		String project = "无效" + Registrations.unique();
		mvc.perform(ContractFixtures.contract(project, "100000", today(), "TRANSFER", "PATENT_TRANSFER", "别的大学")
			.param("costs[0].kind", "EQUIPMENT").param("costs[0].description", "设备").param("costs[0].amount", "200000")
			.with(user(seller())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("技术转让合同须填写此项")))
			.andExpect(content().string(containsString("卖方应为本单位")))
			.andExpect(content().string(containsString("扣除的非技术性费用超过了成交额")));
		mvc.perform(ContractFixtures.contract(project, "100000", today(), "LICENSE", "PATENT_TRANSFER", ContractFixtures.SELLER)
			.with(user(seller())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合同子类与合同类型不符")));
		assertThat(contracts.findAll().stream().anyMatch(c -> c.getTerms().getProjectName().equals(project))).isFalse();
	}

	@Test
	void anotherSellerAndAnotherPointsRegistrarCannotSeeOrDecide() throws Exception {
		long id = ContractFixtures.submit(mvc, seller(),
				ContractFixtures.licence("授权" + Registrations.unique(), "300000", today()));
		mvc.perform(get("/contracts/{id}", id).with(user(ContractFixtures.user(users, "demo-institution2"))))
			.andExpect(status().isNotFound());
		OrganisationSummary ningbo = organisations.findOrCreateVerified("宁波市技术合同登记站（测试）",
				CreditCode.complete("11330200MB0000770"), OrganisationType.REGISTRATION_POINT, "330200");
		CurrentUser otherRegistrar = new CurrentUser(999_000_001L, "other-registrar", "x", "其他登记员", ningbo.id(), ningbo.name(),
				true, Set.of(Role.REGISTRAR), true);
		mvc.perform(post("/contracts/{id}/approve", id).with(user(otherRegistrar)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> service.approve(otherRegistrar, id)).isInstanceOf(DomainException.class);
		// the seller sees its contract but does not decide on it
		mvc.perform(post("/contracts/{id}/approve", id).with(user(seller())).with(csrf())).andExpect(status().isForbidden());
		assertThat(contracts.findById(id).orElseThrow().getStatus()).isEqualTo(ContractStatus.SUBMITTED);
		assertThat(points.covering("330203").orElseThrow().organisationId()).isEqualTo(ningbo.id());
	}

	@Test
	void returnedOnceThenRegisteredOnResubmissionWithARestartedClockAndACertificate() throws Exception {
		String project = "退回" + Registrations.unique();
		long id = ContractFixtures.submit(mvc, seller(), ContractFixtures.licence(project, "600000", today()));
		mvc.perform(post("/contracts/{id}/return", id).param("reasons", "合同缺少双方签章页").with(user(registrar())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "contract.flash.returned"));
		assertThat(contracts.findById(id).orElseThrow().getStatus()).isEqualTo(ContractStatus.RETURNED);
		Instant now = clock.instant();
		try {
			clock.advance(Duration.ofDays(4));
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/contracts/{id}/resubmit", id)
				.param("projectName", project)
				.params(resubmitParams(contracts.findById(id).orElseThrow()))
				.with(user(seller()))
				.with(csrf())).andExpect(status().is3xxRedirection());
			Contract c = contracts.findById(id).orElseThrow();
			assertThat(c.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
			assertThat(c.getAcceptedOn()).isEqualTo(today());
			assertThat(c.getDecisionDue()).isEqualTo(workingDays.plusWorkingDays(today(), 15));
			assertThat(service.remainingWorkingDays(c)).isEqualTo(15);

			mvc.perform(post("/contracts/{id}/approve", id).with(user(registrar())).with(csrf()))
				.andExpect(flash().attribute("flashKey", "contract.flash.registered"));
			c = contracts.findById(id).orElseThrow();
			assertThat(c.getStatus()).isEqualTo(ContractStatus.REGISTERED);
			assertThat(c.getRegistrationNumber()).matches("\\d{16}").startsWith(today().getYear() + "33010001");

			byte[] pdf = mvc.perform(get("/contracts/{id}/certificate.pdf", id).with(user(seller())))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (var doc = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(doc);
				assertThat(text).contains(c.getRegistrationNumber()).contains(project).contains("技术合同登记证明");
			}
			// the tax block on a registered licence
			mvc.perform(get("/contracts/{id}", id).param("netBookValue", "0").with(user(seller())))
				.andExpect(content().string(containsString("id=\"tax-estimate\"")))
				.andExpect(content().string(containsString("600,000.00")));
		}
		finally {
			clock.set(now);
		}
	}

	@Test
	void everyNotRegistrableReasonThroughThePage() throws Exception {
		for (NotRegistrableReason reason : NotRegistrableReason.values()) {
			long id = ContractFixtures.submit(mvc, seller(),
					ContractFixtures.licence("拒绝" + reason + Registrations.unique(), "10000", today()));
			if (reason.requiresPriorCorrectionRequest()) {
				mvc.perform(post("/contracts/{id}/refuse", id).param("reason", reason.name()).with(user(registrar())).with(csrf()))
					.andExpect(flash().attribute("errorKeys", List.of("contract.reason.correctionFirst")));
				assertThat(contracts.findById(id).orElseThrow().getStatus()).isEqualTo(ContractStatus.SUBMITTED);
				service.returnForCorrection(registrar(), id, "请更正合同名称");
				Contract c = contracts.findById(id).orElseThrow();
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.multipart("/contracts/{id}/resubmit", id)
					.param("projectName", c.getTerms().getProjectName() + "（更正）")
					.params(resubmitParams(c))
					.with(user(seller()))
					.with(csrf())).andExpect(status().is3xxRedirection());
			}
			mvc.perform(post("/contracts/{id}/refuse", id).param("reason", reason.name()).param("note", "见说明")
				.with(user(registrar())).with(csrf()))
				.andExpect(flash().attribute("flashKey", "contract.flash.notRegistered"));
			Contract c = contracts.findById(id).orElseThrow();
			assertThat(c.getStatus()).isEqualTo(ContractStatus.NOT_REGISTERED);
			assertThat(c.getNotRegistrableReason()).isEqualTo(reason);
			mvc.perform(get("/contracts/{id}", id).with(user(seller())).locale(java.util.Locale.SIMPLIFIED_CHINESE))
				.andExpect(content().string(containsString("id=\"not-registrable\"")));
		}
	}

	private static org.springframework.util.MultiValueMap<String, String> resubmitParams(Contract c) {
		var m = new org.springframework.util.LinkedMultiValueMap<String, String>();
		var t = c.getTerms();
		m.add("type", t.getType().name());
		m.add("subType", t.getSubType().name());
		m.add("licenceMode", "ORDINARY");
		m.add("signedOn", t.getSignedOn().toString());
		m.add("validFrom", t.getValidFrom().toString());
		m.add("validUntil", t.getValidUntil().toString());
		m.add("technicalField", t.getTechnicalField().name());
		m.add("ipType", t.getIpType().name());
		m.add("planSource", t.getPlanSource().name());
		m.add("contractAmount", t.getContractAmount().toPlainString());
		m.add("paymentMode", t.getPaymentMode().name());
		m.add("buyerName", c.getBuyer().getName());
		m.add("buyerCountry", "CN");
		m.add("buyerRegion", c.getBuyer().getRegionCode());
		m.add("buyerNature", c.getBuyer().getNatureCode());
		m.add("sellerName", c.getSeller().getName());
		m.add("sellerCountry", "CN");
		m.add("sellerRegion", c.getSeller().getRegionCode());
		m.add("sellerNature", c.getSeller().getNatureCode());
		return m;
	}

	@Test
	void largeContractsWaitThirtyWorkingDaysAndForTheExpertOpinion() throws Exception {
		long id = ContractFixtures.submit(mvc, seller(),
				ContractFixtures.licence("重大" + Registrations.unique(), "6000000.00", today()));
		Contract c = contracts.findById(id).orElseThrow();
		assertThat(c.getDecisionDue()).isEqualTo(workingDays.plusWorkingDays(today(), 30));
		mvc.perform(post("/contracts/{id}/approve", id).with(user(registrar())).with(csrf()))
			.andExpect(flash().attribute("errorKeys", List.of("contract.opinion.missing")));
		// only administrators open reviews
		assertThatThrownBy(() -> service.requestOpinion(registrar(), id)).isInstanceOf(DomainException.class);
		CurrentUser admin = ContractFixtures.user(users, "admin");
		long reviewId = service.requestOpinion(admin, id).getReviewId();
		// the evaluation module publishes the review's result
		tx.executeWithoutResult(s -> events.publishEvent(new ReviewPublished(reviewId, org.opentechmarket.evaluation.ReviewSubjectType.CONTRACT,
				id, ReviewOutcome.PASSED, new java.math.BigDecimal("82.5"))));
		assertThat(contracts.findById(id).orElseThrow().getOpinionOutcome()).isEqualTo(ReviewOutcome.PASSED);
		service.approve(registrar(), id);
		assertThat(contracts.findById(id).orElseThrow().getStatus()).isEqualTo(ContractStatus.REGISTERED);
	}

	@Test
	void disputedContractsGetTheLongerLimitFromAcceptance() throws Exception {
		long id = ContractFixtures.submit(mvc, seller(),
				ContractFixtures.licence("争议" + Registrations.unique(), "20000", today()));
		mvc.perform(post("/contracts/{id}/dispute", id).param("note", "买方对技术交易额有异议").with(user(registrar())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "contract.flash.disputed"));
		Contract c = contracts.findById(id).orElseThrow();
		assertThat(c.isDisputed()).isTrue();
		assertThat(c.getDecisionDue()).isEqualTo(workingDays.plusWorkingDays(c.getAcceptedOn(), 30));
	}

	@Test
	void concurrentApprovalsNeverShareANumber() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(ContractFixtures.submit(mvc, seller(),
					ContractFixtures.licence("并发" + i + Registrations.unique(), "10000", today())));
		}
		CurrentUser registrar = registrar();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> numbers = new ArrayList<>();
			for (long id : ids) {
				numbers.add(pool.submit((Callable<String>) () -> service.approve(registrar, id).getRegistrationNumber()));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<String> f : numbers) {
				distinct.add(f.get());
			}
			assertThat(distinct).hasSize(8).allMatch(n -> n.matches("\\d{16}"));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void taxEstimateApiAndRefusals() throws Exception {
		mvc.perform(post("/api/v1/contracts/tax-estimate").with(httpBasic("demo-enterprise", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transferRevenue\":\"8000000\",\"netBookValue\":\"1500000\",\"relatedTaxes\":\"500000\",\"pilotZone\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transferIncome").value("6000000.00"))
			.andExpect(jsonPath("$.exemptPart").value("5000000.00"))
			.andExpect(jsonPath("$.halvedPart").value("1000000.00"))
			.andExpect(jsonPath("$.incomeTax").value("125000.00"));
		mvc.perform(post("/api/v1/contracts/tax-estimate").with(httpBasic("demo-enterprise", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transferRevenue\":\"25000000\",\"netBookValue\":\"0\",\"relatedTaxes\":\"0\",\"pilotZone\":true}"))
			.andExpect(jsonPath("$.exemptPart").value("20000000.00"))
			.andExpect(jsonPath("$.incomeTax").value("625000.00"));
		mvc.perform(post("/api/v1/contracts/tax-estimate").with(httpBasic("demo-enterprise", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transferRevenue\":\"-1\",\"netBookValue\":\"abc\",\"pilotZone\":false}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/contracts/tax-estimate").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void coverageListsDistrictsWithoutAPoint() throws Exception {
		mvc.perform(get("/admin/contract-points").with(user(ContractFixtures.user(users, "admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("杭州市技术合同登记站（演示）")))
			.andExpect(content().string(containsString("330302")))
			.andExpect(content().string(not(containsString("330106 "))));
		assertThat(points.uncoveredDistricts()).extracting(c -> c.code()).contains("330302").doesNotContain("330106", "330114");
		mvc.perform(get("/admin/contract-points").with(user(seller()))).andExpect(status().isForbidden());
	}
}
