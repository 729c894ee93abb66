package org.opentechmarket.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opentechmarket.contract.domain.ContractStatus;
import org.opentechmarket.contract.domain.Contracts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class ContractTransferIT {

	private static final List<String> HEADERS = List.of("登记号", "项目名称", "合同类型", "合同子类", "许可方式", "签订日期", "有效期自",
			"有效期至", "卖方名称", "卖方国别", "卖方地区", "卖方性质", "买方名称", "买方国别", "买方地区", "买方性质", "技术进口", "技术领域",
			"知识产权类型", "计划来源", "成交额", "技术交易额", "支付方式", "预计新增投资", "预计新增产值", "登记日期");

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	Contracts contracts;
	@Autowired
	MutableClock clock;

	CurrentUser registrar() {
		return ContractFixtures.user(users, "demo-registrar");
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < rows.get(r).size(); i++) {
					if (rows.get(r).get(i) != null) {
						row.createCell(i).setCellValue(rows.get(r).get(i));
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private List<String> row(String number, String project, String sellerNature, LocalDate registered) {
		LocalDate signed = registered.minusDays(20);
		return new ArrayList<>(List.of(number, project, "TRANSFER", "PATENT_TRANSFER", "", signed.toString(), signed.toString(),
				signed.plusYears(3).toString(), "之江理工大学", "CN", "330106", sellerNature, "历史买方" + project, "CN", "330602",
				"150", "否", "ADVANCED_MANUFACTURING", "PATENT", "NONE", "2000000.00", "1800000.00", "LUMP_SUM", "3000000",
				"9000000", registered.toString()));
	}

	private String number(int year) {
		return year + "33010001" + ThreadLocalRandom.current().nextInt(5000, 10000);
	}

	@Test
	void allOrNothingImportOfTheBackCatalogueWithRowErrors() throws Exception {
		int lastYear = LocalDate.now(clock).getYear() - 1;
		LocalDate registered = LocalDate.of(lastYear, 6, 15);
		String good = number(lastYear);
		String project = "历史合同" + ThreadLocalRandom.current().nextInt(1_000_000);
		List<String> bad = row("2026330200010001", project + "乙", "999", registered);
		byte[] mixed = workbook(List.of(row(good, project, "022", registered), bad));
		mvc.perform(multipart("/registrar/contracts/import").file(new MockMultipartFile("file", "back.xlsx", null, mixed))
			.with(user(registrar())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("第 3 行")))
			.andExpect(content().string(containsString("不是本登记点所发")))
			.andExpect(content().string(containsString("请选择法人性质")))
			.andExpect(content().string(not(containsString("第 2 行"))));
		assertThat(contracts.existsByRegistrationNumber(good)).isFalse();

		byte[] clean = workbook(List.of(row(good, project, "022", registered)));
		mvc.perform(multipart("/registrar/contracts/import").file(new MockMultipartFile("file", "back.xlsx", null, clean))
			.with(user(registrar())).with(csrf()))
			.andExpect(content().string(containsString("id=\"imported\"")));
		var imported = contracts.findAll().stream().filter(c -> good.equals(c.getRegistrationNumber())).findFirst().orElseThrow();
		assertThat(imported.getStatus()).isEqualTo(ContractStatus.REGISTERED);
		assertThat(imported.getTechnicalAmount()).isEqualByComparingTo("1800000");
		assertThat(imported.getRegisteredOn()).isEqualTo(registered);
		assertThat(imported.getRegistrantOrganisationId()).isEqualTo(ContractFixtures.user(users, "demo-institution").organisationId());
		mvc.perform(get("/contracts/{id}", imported.getId()).with(user(registrar())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(good)));
		// importing the same file again: the number exists
		mvc.perform(multipart("/registrar/contracts/import").file(new MockMultipartFile("file", "back.xlsx", null, clean))
			.with(user(registrar())).with(csrf()))
			.andExpect(content().string(containsString("已存在")));

		// the export of last year's submission set carries it, in the same columns
		byte[] xlsx = mvc.perform(get("/registrar/contracts/export.xlsx").param("year", String.valueOf(lastYear))
			.with(user(registrar())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				assertThat(sheet.getRow(0).getCell(i).getStringCellValue()).isEqualTo(HEADERS.get(i));
			}
			boolean found = false;
			for (Row r : sheet) {
				if (r.getRowNum() > 0 && good.equals(r.getCell(0).getStringCellValue())) {
					found = true;
					assertThat(r.getCell(21).getStringCellValue()).isEqualTo("1800000.00");
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void onlyRegistrarsImportAndExport() throws Exception {
		CurrentUser seller = ContractFixtures.user(users, "demo-institution");
		mvc.perform(multipart("/registrar/contracts/import")
			.file(new MockMultipartFile("file", "back.xlsx", null, workbook(List.of())))
			.with(user(seller)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/registrar/contracts/export.xlsx").with(user(seller))).andExpect(status().isForbidden());
		mvc.perform(get("/registrar/contracts/export.xlsx").with(user(ContractFixtures.user(users, "admin"))))
			.andExpect(status().isOk());
	}

	@Test
	void aFileThatIsNoWorkbookOrLacksColumnsIsRefusedAsAWhole() throws Exception {
		mvc.perform(multipart("/registrar/contracts/import")
			.file(new MockMultipartFile("file", "back.xlsx", null, "not excel".getBytes()))
			.with(user(registrar())).with(csrf()))
			.andExpect(content().string(containsString("不是可读取的 Excel 工作簿")));
		byte[] noColumns;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet().createRow(0).createCell(0).setCellValue("登记号");
			wb.write(out);
			noColumns = out.toByteArray();
		}
		mvc.perform(multipart("/registrar/contracts/import").file(new MockMultipartFile("file", "back.xlsx", null, noColumns))
			.with(user(registrar())).with(csrf()))
			.andExpect(content().string(containsString("缺少“项目名称”列")));
	}
}
