package org.opentechmarket.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Public directory and API without contact data; workbench, holder and admin pages; the Excel record. */
@PlatformTest
class BrokerPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BrokerService brokers;

	@Autowired
	MutableClock clock;

	private BrokerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new BrokerFixtures(accounts, users, brokers, clock);
	}

	@Test
	void thePublicSeesBrokersButNoContactData() throws Exception {
		String name = "公开经纪人" + Registrations.unique();
		CurrentUser broker = fixtures.newBroker(name);
		String list = mvc.perform(get("/api/v1/brokers")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(name).contains("王经纪");
		assertNoContactData(list, broker);

		String one = mvc.perform(get("/api/v1/brokers/{id}", broker.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.broker.name").value(name))
			.andExpect(jsonPath("$.broker.grade").value("INTERMEDIATE"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertNoContactData(one, broker);

		String page = mvc.perform(get("/brokers/{id}", broker.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(name);
		assertNoContactData(page, broker);
		String directory = mvc.perform(get("/brokers")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(directory).contains(name);
		assertNoContactData(directory, broker);
		mvc.perform(get("/api/v1/brokers/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void theLedgerIsForTheBrokerAndAdministratorsOnly() throws Exception {
		CurrentUser broker = fixtures.newBroker("积分查询经纪人");
		brokers.award(broker.id(), PointSource.MATCH_TALKS, "match:" + Registrations.unique(), null);
		mvc.perform(get("/api/v1/brokers/{id}/points", broker.id())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/brokers/{id}/points", broker.id()).with(httpBasic("demo-enterprise", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/brokers/{id}/points", broker.id()).with(httpBasic("demo-broker", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/brokers/{id}/points", broker.id())
				.with(httpBasic(broker.getUsername(), BrokerFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.entries[0].source").value("MATCH_TALKS"));
		mvc.perform(get("/api/v1/brokers/{id}/points", broker.id()).with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1));
	}

	@Test
	void theExcelRecordOpensAndListsTheLedgerWithItsSources() throws Exception {
		CurrentUser broker = fixtures.newBroker("职称评审经纪人");
		String reference = "contract:" + Registrations.unique();
		brokers.award(broker.id(), PointSource.CONTRACT_REGISTERED, reference, null);
		byte[] own = mvc.perform(get("/broker/record.xlsx").with(user(broker)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(own))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(5);
			assertThat(wb.getSheetName(1)).isEqualTo("贡献积分");
			List<String> ledger = texts(wb.getSheetAt(1));
			assertThat(ledger).contains(reference, "技术合同登记");
			assertThat(texts(wb.getSheetAt(0))).contains("职称评审经纪人", "中级技术经纪人");
		}
		byte[] admin = mvc.perform(get("/admin/brokers/{id}/record.xlsx", broker.id()).with(user(fixtures.user("demo-admin"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(admin))) {
			assertThat(texts(wb.getSheetAt(1))).contains(reference);
		}
		mvc.perform(get("/admin/brokers/{id}/record.xlsx", broker.id()).with(user(fixtures.user("demo-broker"))))
			.andExpect(status().isForbidden());
		// not a broker: no record of their own
		mvc.perform(get("/broker/record.xlsx").with(user(fixtures.user("demo-enterprise")))).andExpect(status().isNotFound());
	}

	@Test
	void theWorkbenchShowsTheDemoBrokersRecordAndLeads() throws Exception {
		String page = mvc.perform(get("/broker").with(user(fixtures.user("demo-broker"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// demo data: two accepted attachments, a verified training and a verified deal, all with points
		assertThat(page).contains("ZJJJ-2024-330000-0108").contains("training:").contains("offline-deal:")
			.contains("achievement:").contains("leads-list");
		mvc.perform(get("/broker").with(user(fixtures.user("demo-enterprise")))).andExpect(status().isForbidden());
		mvc.perform(get("/my/brokers").with(user(fixtures.user("demo-institution")))).andExpect(status().isOk());
		mvc.perform(get("/admin/brokers").with(user(fixtures.user("demo-admin")))).andExpect(status().isOk());
		mvc.perform(get("/admin/brokers/{id}", fixtures.user("demo-broker").id()).with(user(fixtures.user("demo-admin"))))
			.andExpect(status().isOk());
	}

	@Test
	void profileErrorsShowNextToTheirFields() throws Exception {
		CurrentUser broker = fixtures.newBroker("表单经纪人");
		String page = mvc.perform(post("/broker/profile").param("grade", "SENIOR").param("certificateNumber", "")
				.param("disciplines", "999999").param("regions", "").with(user(broker)).with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("中级、高级须填写证书编号").contains("学科代码 999999 不存在").contains("请至少填写一个服务地区");
		// a deal whose share is below the floor is recorded with a warning, not refused
		String deal = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/broker/deals")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "合同.pdf", "application/pdf", Registrations.PDF))
				.param("seller", "之江理工大学").param("buyer", "宁波海曙精密制造有限公司")
				.param("signedOn", java.time.LocalDate.now(clock).minusDays(1).toString())
				.param("contractAmount", "1000000").param("commissionRate", "3").param("rewardPool", "588000")
				.param("staffShare", "4").with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(deal).startsWith("/broker");
		String workbench = mvc.perform(get("/broker").with(user(broker)).locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(workbench).contains("share-warning").contains("30000.00").contains("23520.00");
	}

	private static void assertNoContactData(String body, CurrentUser broker) {
		assertThat(body).doesNotContain("@example.org").doesNotContain(broker.getUsername())
			.doesNotContain("CERT-" + broker.getUsername());
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				texts.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
						? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
			}
		}
		return texts;
	}
}
