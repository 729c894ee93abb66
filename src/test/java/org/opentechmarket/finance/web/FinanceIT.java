package org.opentechmarket.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opentechmarket.achievement.web.Registrations.PASSWORD;
import static org.opentechmarket.achievement.web.Registrations.PDF;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.finance.FinanceKind;
import org.opentechmarket.finance.FinanceRecords;
import org.opentechmarket.finance.FinanceTotal;
import org.opentechmarket.finance.domain.FinanceStatistics;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Role;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Financial institutions end to end: the financeable filters, who sees and changes which loan, the totals, and problem
 * details. Everything created here carries a unique tag, because the database is shared with the other tests.
 */
@PlatformTest
class FinanceIT {

	/** 杭州云栖智能装备有限公司, a verified demo enterprise in region 330106. */
	static final String ENTERPRISE_CODE = CreditCode.complete("91330106MA0000050");

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	UserAccounts accounts;
	@Autowired
	AchievementService achievementService;
	@Autowired
	MutableClock clock;
	@Autowired
	FinanceStatistics statistics;
	@Autowired
	FinanceRecords records;
	@Autowired
	Clock appClock;
	@Autowired
	org.opentechmarket.platform.Inbox inbox;

	CurrentUser institution;
	CurrentUser admin;

	@BeforeEach
	void users() {
		institution = load("demo-institution");
		admin = load("demo-admin");
	}

	// ------------------------------------------------------------------ financeable list

	@Test
	void eachFinanceableFilterChangesTheList() throws Exception {
		String tag = "融资" + Registrations.unique();
		String json = Registrations.appliedJson("可融资样本甲" + tag, Registrations.patentNumber());
		long ready = Registrations.publish(mvc, institution, json, clock, achievementService);
		long early = Registrations.publish(mvc, institution,
				Registrations.appliedJson("可融资样本乙" + tag, Registrations.patentNumber()).replace("\"trl\": 6", "\"trl\": 3"),
				clock, achievementService);
		long noIp = Registrations.publish(mvc, institution, withoutIp(Registrations.appliedJson("可融资样本丙" + tag, "x")),
				clock, achievementService);

		// nothing valued yet: with every filter on, none of ours
		assertThat(financeable(tag, Map.of())).isEmpty();
		// valuation filter off: the TRL and IP filters leave only the ready one
		assertThat(financeable(tag, Map.of("valued", "false"))).containsExactly(ready);
		// IP filter: off lets the achievement without IP rights in
		assertThat(financeable(tag, Map.of("valued", "false", "ipBacked", "false"))).containsExactlyInAnyOrder(ready, noIp);
		// TRL filter: a lower threshold lets the TRL-3 one in; 7 keeps even the TRL-6 ones out
		assertThat(financeable(tag, Map.of("valued", "false", "minimumTrl", "3"))).containsExactlyInAnyOrder(ready, early);
		assertThat(financeable(tag, Map.of("valued", "false", "ipBacked", "false", "minimumTrl", "7"))).isEmpty();

		// valuation filter: a valid report counts, an expired one does not
		LocalDate today = LocalDate.now(appClock);
		recordValuation(ready, today.minusMonths(2));
		recordValuation(early, today.minusMonths(13));
		recordValuation(noIp, today.minusDays(1));
		assertThat(financeable(tag, Map.of("ipBacked", "false", "minimumTrl", "1"))).containsExactlyInAnyOrder(ready, noIp);
		assertThat(financeable(tag, Map.of())).containsExactly(ready);
		String body = Registrations.body(mvc.perform(get("/api/v1/finance/financeable-achievements").param("q", tag)
				.with(httpBasic("demo-financier", PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(((Number) JsonPath.read(body, "$.items[0].valuation.value")).doubleValue()).isEqualTo(1234567.89);
		assertThat((Integer) JsonPath.read(body, "$.items[0].ipRightCount")).isEqualTo(1);

		// the page shows the same list to the financier
		mvc.perform(get("/finance").param("q", tag).with(user(load("demo-financier"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("可融资样本甲" + tag)))
			.andExpect(content().string(not(containsString("可融资样本乙" + tag))));
	}

	@Test
	void onlyTheHolderAddsAValuationAndOnlyAsPdf() throws Exception {
		long id = Registrations.publish(mvc, institution,
				Registrations.appliedJson("评估权限样本" + Registrations.unique(), Registrations.patentNumber()), clock,
				achievementService);
		// another institution may not
		mvc.perform(get("/finance/valuations/new").param("achievementId", String.valueOf(id)).with(user(load("demo-institution2"))))
			.andExpect(status().isForbidden());
		mvc.perform(valuation(id, LocalDate.now(appClock), PDF).with(user(load("demo-institution2"))))
			.andExpect(status().isForbidden());
		// the holder gets field messages for a bad value, a future base date and a file that is not a PDF
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		mvc.perform(valuation(id, LocalDate.now(appClock).plusDays(3), png, "-1").with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("请填写大于零的金额")))
			.andExpect(content().string(containsString("日期不能晚于今天")));
		mvc.perform(valuation(id, LocalDate.now(appClock), png).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评估报告须为 PDF 文件")));
		mvc.perform(valuation(id, LocalDate.now(appClock), PDF).with(user(institution)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/finance/valuations"));
	}

	@Test
	void anEnterpriseUserCannotUseTheFinancierPages() throws Exception {
		CurrentUser enterprise = load("demo-enterprise");
		mvc.perform(get("/finance").with(user(enterprise))).andExpect(status().isForbidden());
		mvc.perform(get("/finance/loans/new").with(user(enterprise))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/finance/financeable-achievements").with(httpBasic("demo-enterprise", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/finance/loans").with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(loanJson("TECHNOLOGY", ENTERPRISE_CODE, "100.00")))
			.andExpect(status().isForbidden());
	}

	// ------------------------------------------------------------------ loans: who sees and changes what

	@Test
	void aFinancierNeitherSeesNorChangesAnotherFinanciersLoan() throws Exception {
		String other = newFinancier();
		long loan = recordLoan("demo-financier", loanJson("PLEDGE", ENTERPRISE_CODE, "800000.00"));
		long theirs = recordLoan(other, loanJson("TECHNOLOGY", ENTERPRISE_CODE, "300000.00"));

		mvc.perform(get("/api/v1/finance/loans/{id}", loan).with(httpBasic(other, "signup-password-1")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/finance/loans/{id}/status", loan).with(httpBasic(other, "signup-password-1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isNotFound());
		CurrentUser otherUser = load(other);
		mvc.perform(get("/finance/loans/{id}", loan).with(user(otherUser))).andExpect(status().isNotFound());
		mvc.perform(post("/finance/loans/{id}/status", loan).param("status", "APPROVED").with(user(otherUser)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/finance/loans/{id}/evidence", loan).file(new MockMultipartFile("file", "a.pdf",
				"application/pdf", PDF)).with(user(otherUser)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/finance/loans").with(httpBasic(other, "signup-password-1")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) loan))))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) theirs)));
		// and the other way round
		mvc.perform(get("/api/v1/finance/loans/{id}", theirs).with(httpBasic("demo-financier", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/finance/loans").with(httpBasic("demo-financier", PASSWORD)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) theirs))));

		// the owner moves it along its lifecycle, no step skipped
		mvc.perform(post("/api/v1/finance/loans/{id}/status", loan).with(httpBasic("demo-financier", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DISBURSED\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/finance/loans/{id}/status", loan).param("status", "APPROVED")
				.with(user(load("demo-financier"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/finance/loans/{id}", loan).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void theBorrowerReadsItsLoanButCannotChangeIt() throws Exception {
		long unreadBefore = inbox.unread(load("demo-enterprise").id());
		long loan = recordLoan("demo-financier", loanJson("PLEDGE", ENTERPRISE_CODE, "450000.00"));
		mvc.perform(multipart("/finance/loans/{id}/evidence", loan).file(new MockMultipartFile("file", "借款合同.pdf",
				"application/pdf", PDF)).with(user(load("demo-financier"))).with(csrf()))
			.andExpect(status().is3xxRedirection());

		CurrentUser borrower = load("demo-enterprise");
		mvc.perform(get("/api/v1/finance/loans/{id}", loan).with(httpBasic("demo-enterprise", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.borrower.name").value("杭州云栖智能装备有限公司"))
			.andExpect(jsonPath("$.evidence[0].fileName").value("借款合同.pdf"));
		mvc.perform(get("/finance/loans/{id}", loan).with(user(borrower)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("借款合同.pdf")))
			.andExpect(content().string(not(containsString("loan-actions"))));
		mvc.perform(get("/finance/loans").with(user(borrower)))
			.andExpect(content().string(containsString("/finance/loans/" + loan)));
		mvc.perform(post("/api/v1/finance/loans/{id}/status", loan).with(httpBasic("demo-enterprise", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"APPROVED\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/finance/loans/{id}/status", loan).param("status", "REJECTED").with(user(borrower)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/finance/loans/{id}/evidence", loan).file(new MockMultipartFile("file", "x.pdf",
				"application/pdf", PDF)).with(user(borrower)).with(csrf()))
			.andExpect(status().isForbidden());
		// the borrower's members were told in their inbox
		assertThat(inbox.unread(borrower.id())).isGreaterThan(unreadBefore);
		// an uninvolved organisation does not learn the loan exists
		mvc.perform(get("/api/v1/finance/loans/{id}", loan).with(httpBasic("demo-enterprise2", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/finance/loans/{id}", loan).with(httpBasic("demo-financier", PASSWORD)))
			.andExpect(jsonPath("$.status").value("APPLIED"));
	}

	// ------------------------------------------------------------------ totals

	@Test
	void totalsCountDisbursedLoansPoliciesAndInvestmentsOfTheYear() throws Exception {
		String financier = newFinancier();
		int year = LocalDate.now(appClock).getYear();
		assertThat(statistics.totals(year, organisationOf(financier))).isEmpty();
		List<FinanceTotal> before = records.totals(year);

		long pledge = recordLoan(financier, loanJson("PLEDGE", ENTERPRISE_CODE, "1000000.50"));
		long pledge2 = recordLoan(financier, loanJson("PLEDGE", ENTERPRISE_CODE, "250000.25"));
		long technology = recordLoan(financier, loanJson("TECHNOLOGY", ENTERPRISE_CODE, "300000.00"));
		long rejected = recordLoan(financier, loanJson("PLEDGE", ENTERPRISE_CODE, "999999.00"));
		recordLoan(financier, loanJson("TECHNOLOGY", ENTERPRISE_CODE, "777.00")); // only applied: not counted
		for (long id : List.of(pledge, pledge2, technology)) {
			move(financier, id, "APPROVED");
			move(financier, id, "DISBURSED");
		}
		move(financier, pledge2, "REPAID");
		move(financier, rejected, "REJECTED");

		CurrentUser user = load(financier);
		mvc.perform(post("/finance/insurance/products").param("kind", "RESEARCH").param("name", "研发费用损失保险")
				.with(user(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String products = Registrations.body(mvc.perform(get("/api/v1/finance/insurance-products")
				.with(httpBasic(financier, "signup-password-1"))).andReturn());
		List<Integer> productIds = JsonPath.read(products, "$[?(@.insurer.id == " + user.organisationId() + ")].id");
		LocalDate today = LocalDate.now(appClock);
		mvc.perform(post("/finance/insurance/policies").param("productId", String.valueOf(productIds.get(0)))
				.param("insured", ENTERPRISE_CODE).param("sumInsured", "2000000").param("premium", "12000.00")
				.param("periodStart", today.withDayOfYear(1).toString()).param("periodEnd", today.withDayOfYear(1).plusYears(1).toString())
				.with(user(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/finance/investments").param("investee", "宁波海曙精密制造有限公司").param("amount", "3000000")
				.param("sharePercent", "7.5").param("investedOn", today.toString()).with(user(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<FinanceTotal> mine = statistics.totals(year, organisationOf(financier));
		assertThat(mine).containsExactly(
				new FinanceTotal(FinanceKind.EQUITY_INVESTMENT, "330203", 1, new BigDecimal("3000000.00")),
				new FinanceTotal(FinanceKind.INSURANCE, "330106", 1, new BigDecimal("2000000.00")),
				new FinanceTotal(FinanceKind.PLEDGE_LOAN, "330106", 2, new BigDecimal("1250000.75")),
				new FinanceTotal(FinanceKind.TECHNOLOGY_LOAN, "330106", 1, new BigDecimal("300000.00")));
		// the platform-wide totals grew by at least these
		Map<FinanceKind, FinanceTotal> after = records.totalsByKind(year);
		Map<FinanceKind, FinanceTotal> earlier = byKind(before);
		assertThat(after.get(FinanceKind.PLEDGE_LOAN).amount().subtract(earlier.get(FinanceKind.PLEDGE_LOAN).amount()))
			.isGreaterThanOrEqualTo(new BigDecimal("1250000.75"));
		assertThat(after.get(FinanceKind.PLEDGE_LOAN).count() - earlier.get(FinanceKind.PLEDGE_LOAN).count())
			.isGreaterThanOrEqualTo(2);
		// nothing in another year
		assertThat(statistics.totals(year - 1, organisationOf(financier))).isEmpty();
		mvc.perform(get("/api/v1/finance/totals").param("year", String.valueOf(year)).with(httpBasic(financier, "signup-password-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4));
		mvc.perform(get("/finance").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,250,000.75")));
	}

	// ------------------------------------------------------------------ bad input

	@Test
	void badLoanInputIsAProblemWithFieldErrors() throws Exception {
		String json = """
				{"kind":"PLEDGE","borrower":"不存在的单位%s","amount":-5,"termMonths":0,"annualRate":120.5,
				 "appliedOn":"%s"}""".formatted(Registrations.unique(), LocalDate.now(appClock).plusDays(2));
		String body = Registrations.body(mvc.perform(post("/api/v1/finance/loans").with(httpBasic("demo-financier", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:opentechmarket:problem:error.validation"))
			.andReturn());
		List<String> fields = JsonPath.read(body, "$.errors[*].field");
		assertThat(fields).contains("borrower", "amount", "termMonths", "annualRate", "appliedOn", "pledgedPatents");
		// an unverified or own organisation is refused too
		String own = Registrations.body(mvc.perform(post("/api/v1/finance/loans").with(httpBasic("demo-financier", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(loanJson("TECHNOLOGY", "浙江科创银行（演示）", "10.123")))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat((List<String>) JsonPath.read(own, "$.errors[*].code"))
			.contains("finance.organisation.self", "finance.money.scale");
		// the page shows the messages next to the fields, in Chinese
		mvc.perform(post("/finance/loans").param("kind", "TECHNOLOGY").param("borrower", ENTERPRISE_CODE)
				.param("amount", "abc").param("termMonths", "12").param("annualRate", "3.5")
				.with(user(load("demo-financier"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("请填写数字")));
		mvc.perform(post("/finance/loans").param("kind", "PLEDGE").param("borrower", ENTERPRISE_CODE)
				.param("amount", "0").param("termMonths", "999").param("annualRate", "3.5")
				.with(user(load("demo-financier"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写大于零的金额")))
			.andExpect(content().string(containsString("质押贷款须填写质押成果或质押专利号")))
			.andExpect(content().string(containsString("请填写 1 至 360 个月的期限")));
	}

	@Test
	void theDemoDataHasAValidAndAnExpiredValuationAndAPledgeLoan() throws Exception {
		String valuations = Registrations.body(mvc.perform(get("/api/v1/finance/valuations")
				.with(httpBasic("demo-financier", PASSWORD))).andExpect(status().isOk()).andReturn());
		// the shared test clock moves forward as other tests run, so compare the two reports with each other: one was
		// valid when the demo data was made, the other had expired two months before
		List<Boolean> demoValid = JsonPath.read(valuations, "$.items[?(@.valuerName =~ /.*（演示）/)].valid");
		List<String> demoUntil = JsonPath.read(valuations, "$.items[?(@.valuerName =~ /.*（演示）/)].validUntil");
		assertThat(demoValid).contains(false);
		List<LocalDate> until = demoUntil.stream().map(LocalDate::parse).sorted().toList();
		assertThat(until).hasSizeGreaterThanOrEqualTo(2);
		assertThat(until.get(0).plusMonths(11)).isBeforeOrEqualTo(until.get(until.size() - 1));
		String loans = Registrations.body(mvc.perform(get("/api/v1/finance/loans")
				.with(httpBasic("demo-institution", PASSWORD))).andExpect(status().isOk()).andReturn());
		List<String> kinds = JsonPath.read(loans, "$.items[?(@.lender.name == '浙江科创银行（演示）')].kind");
		assertThat(kinds).contains("PLEDGE");
	}

	@Test
	void everyFinancePageRendersForFinancierAdminAndCounterparty() throws Exception {
		String loans = Registrations.body(mvc.perform(get("/api/v1/finance/loans").with(httpBasic("demo-financier", PASSWORD)))
			.andReturn());
		String policies = Registrations.body(mvc.perform(get("/api/v1/finance/insurance-policies")
				.with(httpBasic("demo-financier", PASSWORD))).andReturn());
		String investments = Registrations.body(mvc.perform(get("/api/v1/finance/investments")
				.with(httpBasic("demo-financier", PASSWORD))).andReturn());
		String valuations = Registrations.body(mvc.perform(get("/api/v1/finance/valuations")
				.with(httpBasic("demo-financier", PASSWORD))).andReturn());
		long loan = ((Number) JsonPath.read(loans, "$.items[0].id")).longValue();
		long policy = ((Number) JsonPath.read(policies, "$.items[0].id")).longValue();
		long investment = ((Number) JsonPath.read(investments, "$.items[0].id")).longValue();
		List<Number> valuedAchievements = JsonPath.read(valuations,
				"$.items[?(@.holderOrganisationId == " + institution.organisationId() + ")].achievementId");

		for (CurrentUser viewer : List.of(load("demo-financier"), admin)) {
			for (String page : List.of("/finance", "/finance/loans", "/finance/loans/" + loan, "/finance/insurance",
					"/finance/insurance/policies/" + policy, "/finance/investments", "/finance/investments/" + investment,
					"/finance/valuations")) {
				mvc.perform(get(page).with(user(viewer))).andExpect(status().isOk());
			}
		}
		CurrentUser financier = load("demo-financier");
		for (String page : List.of("/finance/loans/new", "/finance/insurance/policies/new", "/finance/investments/new")) {
			mvc.perform(get(page).with(user(financier))).andExpect(status().isOk())
				.andExpect(content().string(containsString("_csrf")));
		}
		mvc.perform(get("/finance/valuations").with(user(institution))).andExpect(status().isOk())
			.andExpect(content().string(containsString("valuation-start")));
		mvc.perform(get("/finance/valuations/new").param("achievementId", valuedAchievements.get(0).toString())
				.with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("valuation-achievement")));
		mvc.perform(get("/finance").param("lang", "en").with(user(financier))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Financeable achievements")));
	}

	// ------------------------------------------------------------------ helpers

	private List<Long> financeable(String tag, Map<String, String> filters) throws Exception {
		var request = get("/api/v1/finance/financeable-achievements").param("q", tag).param("size", "100")
			.with(httpBasic("demo-financier", PASSWORD));
		filters.forEach(request::param);
		String body = Registrations.body(mvc.perform(request).andExpect(status().isOk()).andReturn());
		List<Number> ids = JsonPath.read(body, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private void recordValuation(long achievementId, LocalDate baseDate) throws Exception {
		mvc.perform(valuation(achievementId, baseDate, PDF).with(user(institution)))
			.andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder valuation(long achievementId,
			LocalDate baseDate, byte[] file) {
		return valuation(achievementId, baseDate, file, "1234567.89");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder valuation(long achievementId,
			LocalDate baseDate, byte[] file, String value) {
		return multipart("/finance/valuations").file(new MockMultipartFile("file", "评估报告.pdf", "application/pdf", file))
			.param("achievementId", String.valueOf(achievementId))
			.param("valuerName", "测试资产评估有限公司")
			.param("method", "INCOME")
			.param("value", value)
			.param("baseDate", baseDate.toString())
			.with(csrf());
	}

	private static String withoutIp(String json) {
		return json.replaceAll("(?s)\"ipRights\": \\[.*?\\]", "\"ipRights\": []");
	}

	private static String loanJson(String kind, String borrower, String amount) {
		return """
				{"kind":"%s","borrower":"%s","pledgedPatents":"ZL20241%s.X","amount":%s,"termMonths":24,"annualRate":3.85}
				""".formatted(kind, borrower, ThreadLocalRandom.current().nextInt(100000, 999999), amount);
	}

	private long recordLoan(String username, String json) throws Exception {
		String password = username.startsWith("demo-") ? PASSWORD : "signup-password-1";
		return Registrations.id(mvc.perform(post("/api/v1/finance/loans").with(httpBasic(username, password))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private void move(String username, long loan, String status) throws Exception {
		mvc.perform(post("/api/v1/finance/loans/{id}/status", loan).with(httpBasic(username, "signup-password-1"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + status + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(status));
	}

	/** A new financial institution signs up and is verified by the administrator; returns its first user's name. */
	private String newFinancier() throws Exception {
		String tag = Registrations.unique();
		String username = "financier-" + tag;
		mvc.perform(post("/signup").param("organisationName", "测试科技银行" + tag).param("creditCode", creditCode())
				.param("organisationType", "FINANCIAL_INSTITUTION").param("regionCode", "330102").param("username", username)
				.param("password", "signup-password-1").param("displayName", "测试信贷员").with(csrf()))
			.andExpect(status().is3xxRedirection());
		CurrentUser created = accounts.loadUser(username).orElseThrow();
		assertThat(created.roles()).contains(Role.FINANCIER);
		// unverified: not yet a financier
		mvc.perform(post("/api/v1/finance/loans").with(httpBasic(username, "signup-password-1"))
				.contentType(MediaType.APPLICATION_JSON).content(loanJson("TECHNOLOGY", ENTERPRISE_CODE, "1.00")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/organisations/{id}/verify", created.organisationId()).with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return username;
	}

	private long organisationOf(String username) {
		return accounts.loadUser(username).orElseThrow().organisationId();
	}

	private static String creditCode() {
		StringBuilder body = new StringBuilder("91330102");
		for (int i = 0; i < 9; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(body.toString());
	}

	private static Map<FinanceKind, FinanceTotal> byKind(List<FinanceTotal> totals) {
		Map<FinanceKind, FinanceTotal> sums = new java.util.EnumMap<>(FinanceKind.class);
		for (FinanceKind k : FinanceKind.values()) {
			sums.put(k, new FinanceTotal(k, null, 0, BigDecimal.ZERO));
		}
		for (FinanceTotal t : totals) {
			FinanceTotal s = sums.get(t.kind());
			sums.put(t.kind(), new FinanceTotal(t.kind(), null, s.count() + t.count(), s.amount().add(t.amount())));
		}
		return sums;
	}

	private CurrentUser load(String username) {
		return (CurrentUser) userDetails.loadUserByUsername(username);
	}

	@SuppressWarnings("unused")
	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
