package org.opentechmarket.achievement.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and exports through the service, the API, the pages and the command line, in the context every test shares (so
 * it tolerates what other tests wrote, demo data included: its rows have fixed external ids and are updated, not
 * duplicated, on every run).
 */
@PlatformTest
class AchievementTransferIntegrationTest {

	@Autowired
	AchievementTransfer transfer;
	@Autowired
	AchievementRepository achievements;
	@Autowired
	CatalogueSearch search;
	@Autowired
	UserAccounts users;
	@Autowired
	Organisations organisations;
	@Autowired
	PlatformProperties properties;
	@Autowired
	JsonMapper json;
	@Autowired
	TransactionTemplate tx;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = users.loadUser(properties.admin().username()).orElseThrow();
	}

	// ------------------------------------------------------------------ samples (written for this test)

	Map<String, Object> listing(String externalId, String title, String abstractText) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("externalId", externalId);
		row.put("title", title);
		row.put("category", "APPLIED");
		row.put("keywords", List.of("循环利用"));
		row.put("abstractText", abstractText);
		row.put("industryCode", "22");
		row.put("trl", 5);
		row.put("ipRights", List.of(Map.of("type", "INVENTION_PATENT", "status", "PENDING")));
		row.put("conversionMethods", List.of("LICENSE"));
		row.put("priceMin", 12.5);
		row.put("priceMax", 30);
		row.put("marketField", "新材料-生物基材料");
		return row;
	}

	List<Map<String, Object>> samples() {
		return List.of(
				listing("test-transfer:1", "笋壳纤维模塑餐盒成型技术",
						"以竹笋加工后废弃的笋壳为原料，经蒸煮、打浆和热压模塑制成可降解餐盒，替代发泡塑料餐具，每吨笋壳可制餐盒约两万只。"),
				listing("test-transfer:2", "茶渣基活性炭低温制备工艺",
						"以茶饮料厂的茶渣为原料，低温炭化后用磷酸活化，制得比表面积高的活性炭，用于印染废水的脱色处理。"),
				listing("test-transfer:3", "桑枝屑栽培香菇基质配方",
						"用蚕桑产区修剪下的桑枝粉碎成屑，替代部分阔叶木屑配制香菇栽培基质，出菇整齐，生物学效率不低于木屑基质。"));
	}

	byte[] jsonl(List<Map<String, Object>> rows) {
		StringBuilder out = new StringBuilder();
		for (Map<String, Object> row : rows) {
			out.append(json.writeValueAsString(row)).append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	ImportJob run(TransferFormat format, byte[] data) {
		return transfer.importAndWait(admin, ImportRequest.of(format, "test." + format.extension()), data, null);
	}

	ImportJob importSamples() {
		ImportJob job = run(TransferFormat.JSONL, jsonl(samples()));
		assertThat(job.errors()).isEmpty();
		assertThat(job.state()).isEqualTo(ImportJob.State.SUCCEEDED);
		return job;
	}

	// ------------------------------------------------------------------ all or nothing

	@Test
	void oneInvalidRowRejectsTheWholeFileAndWritesNothing() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(listing("test-transfer:reject-1", "笋壳可降解地膜", "笋壳纤维与淀粉共混吹塑成膜。"));
		Map<String, Object> bad = listing("test-transfer:reject-2", "  ", "没有名称的一行。");
		bad.put("trl", 12);
		rows.add(bad);
		rows.add(listing("test-transfer:reject-3", "茶渣除味剂", "茶渣干燥粉碎后压制成除味块。"));
		long before = achievements.count();

		ImportJob job = run(TransferFormat.JSONL, jsonl(rows));

		assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.rejected()).isTrue();
		assertThat(job.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(2));
		assertThat(job.errors()).extracting(RowError::field, RowError::code).contains(
				org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
				org.assertj.core.groups.Tuple.tuple("trl", "achievement.trl.range"));
		assertThat(achievements.count()).isEqualTo(before);
		assertThat(achievements.findByExternalId("test-transfer:reject-1")).isEmpty();
		assertThat(achievements.findByExternalId("test-transfer:reject-3")).isEmpty();
	}

	@Test
	void malformedLinesAreRowErrors() {
		String data = json.writeValueAsString(listing("test-transfer:bad-1", "笋壳板材", "笋壳热压板材。")) + "\n"
				+ "{\"title\": \"半行\n" + "{\"title\": \"x\", \"category\": \"USEFUL\", \"priceMin\": \"很贵\"}\n";
		ImportJob job = run(TransferFormat.JSONL, data.getBytes(StandardCharsets.UTF_8));
		assertThat(job.rejected()).isTrue();
		assertThat(job.errors()).extracting(RowError::row).containsOnly(2, 3);
		assertThat(job.errors()).extracting(RowError::location).contains("row 2: json");
		assertThat(achievements.findByExternalId("test-transfer:bad-1")).isEmpty();
	}

	// ------------------------------------------------------------------ import, search, re-import

	@Test
	void importedListingsArePublishedSearchableAndReimportedInPlace() {
		ImportJob first = importSamples();
		assertThat(first.created() + first.updated()).isEqualTo(3);
		Achievement imported = achievements.findByExternalId("test-transfer:1").orElseThrow();
		assertThat(imported.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(imported.getRegistrationNumber()).matches("330\\d{4}Y\\d{4}");
		assertThat(imported.getHolderName()).isEqualTo(ImportRequest.DEFAULT_HOLDER_NAME);
		assertThat(imported.getIndustrySection()).isEqualTo("C");
		assertThat(imported.getProvinceCode()).isEqualTo("330000");

		CatalogueSearch.Result found = search.search(CatalogueSearch.Query.of("笋壳", Map.of(), 0, 10));
		assertThat(found.items()).extracting(Achievement::getExternalId).contains("test-transfer:1");

		long count = achievements.count();
		ImportJob again = importSamples();
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(3);
		assertThat(achievements.count()).isEqualTo(count);
		Achievement reimported = achievements.findByExternalId("test-transfer:1").orElseThrow();
		assertThat(reimported.getId()).isEqualTo(imported.getId());
		assertThat(reimported.getRegistrationNumber()).isEqualTo(imported.getRegistrationNumber());

		// a changed title is updated in place and searchable at once
		List<Map<String, Object>> changed = new ArrayList<>(samples());
		Map<String, Object> row = new LinkedHashMap<>(changed.get(2));
		row.put("title", "桑枝屑栽培香菇和木耳基质配方");
		changed.set(2, row);
		ImportJob third = run(TransferFormat.JSONL, jsonl(changed));
		assertThat(third.updated()).isEqualTo(3);
		assertThat(search.search(CatalogueSearch.Query.of("桑枝 木耳", Map.of(), 0, 10)).items())
			.extracting(Achievement::getExternalId).contains("test-transfer:3");
		importSamples();
	}

	@Test
	void marketListingsImportWithTheirCodes() {
		String data = """
				{"id": "ZT0001", "title": "笋壳纤维模塑餐盒成型技术（测试）", "postedOn": "2021-05-06", "classification": "制造业——造纸和纸制品业", "ipType": "发明专利", "maturity": "通过中试", "cooperation": "完全转让许可转让", "promotionStatus": "正在技术推广", "price": "20.0万元-45.5万元", "industry": "新材料-生物基材料", "scope": "", "earlyApplication": "", "funding": "", "description": "以废弃笋壳为原料制成可降解餐盒。"}
				{"id": "ZT0002", "title": "桑枝屑香菇栽培（测试）", "postedOn": "2021-05-07", "classification": "农、林、牧、渔业——农业", "ipType": "非专利技术", "maturity": "可以量产", "cooperation": "其他", "promotionStatus": "正在技术推广", "price": "面议", "industry": "现代农业-食用菌", "scope": "", "earlyApplication": "", "funding": "", "description": ""}
				""";
		ImportJob job = run(TransferFormat.ZJMARKET, data.getBytes(StandardCharsets.UTF_8));
		assertThat(job.errors()).isEmpty();
		assertThat(job.created() + job.updated()).isEqualTo(2);
		Achievement a = achievements.findByExternalId("zjmarket:ZT0001").orElseThrow();
		assertThat(a.getRegistrationNumber()).startsWith("3302021Y");
		assertThat(a.getIndustryCode()).isEqualTo("22");
		assertThat(a.getTrl()).isEqualTo(6);
		assertThat(a.getPriceMin()).isEqualByComparingTo("20.0");
		assertThat(a.getPriceMax()).isEqualByComparingTo("45.5");
		assertThat(organisations.findByCreditCode(ImportRequest.DEFAULT_HOLDER_CREDIT_CODE)).isPresent();
		Achievement b = achievements.findByExternalId("zjmarket:ZT0002").orElseThrow();
		assertThat(b.getAbstractText()).isEqualTo("桑枝屑香菇栽培（测试）");
		assertThat(b.isPriceNegotiable()).isTrue();
		assertThat(b.getIndustryCode()).isEqualTo("01");
	}

	// ------------------------------------------------------------------ review mode

	@Test
	void reviewModeCreatesDraftsForTheHolder() {
		String operator = CreditCode.complete("12330000MB0000001");
		Map<String, Object> row = listing(null, "笋壳纤维增强聚乳酸复合材料（登记测试）",
				"以笋壳纤维为增强体、聚乳酸为基体，经偶联处理和双螺杆挤出制成可完全降解的复合材料，拉伸强度比纯聚乳酸提高约三成，"
						+ "可用于一次性餐具和包装制品。");
		row.remove("externalId");
		row.put("holderCreditCode", operator);
		row.put("keywords", List.of("笋壳纤维", "聚乳酸", "复合材料"));
		row.put("completingOrganisations", List.of("开放技术市场运营中心"));
		row.put("inventors", List.of(Map.of("name", "甲某", "organisation", "开放技术市场运营中心", "share", 70),
				Map.of("name", "乙某", "organisation", "开放技术市场运营中心", "share", 30)));
		row.put("researchStart", "2019-01");
		row.put("researchEnd", "2020-12");
		row.put("attribute", "ORIGINAL");
		row.put("evaluationRoute", "ACCEPTANCE");
		row.put("level", "DOMESTIC_ADVANCED");
		row.put("stage", "MIDDLE");
		row.put("disciplineCode", "43035");
		row.put("regionCode", "330106");
		row.put("fundingSource", "SELF");
		row.put("ipRights", List.of(Map.of("type", "TECHNICAL_SECRET", "status", "GRANTED")));
		row.put("applicationFields", "餐具；包装");
		row.put("cooperationRequirements", "有注塑设备的企业");
		Map<String, Object> incomplete = listing(null, "只有名称的成果（登记测试）", "太短。");
		incomplete.remove("externalId");

		ImportJob rejected = transfer.importAndWait(admin,
				new ImportRequest(TransferFormat.JSONL, "review.jsonl", null, true, null, null), jsonl(List.of(row, incomplete)),
				null);
		assertThat(rejected.rejected()).isTrue();
		assertThat(rejected.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(2));
		assertThat(rejected.errors()).extracting(RowError::field).contains("abstractText", "inventors", "researchStart");

		ImportJob job = transfer.importAndWait(admin,
				new ImportRequest(TransferFormat.JSONL, "review.jsonl", null, true, null, null), jsonl(List.of(row)), null);
		assertThat(job.errors()).isEmpty();
		assertThat(job.created() + job.updated()).isEqualTo(1);
		ImportJob again = transfer.importAndWait(admin,
				new ImportRequest(TransferFormat.JSONL, "review.jsonl", null, true, null, null), jsonl(List.of(row)), null);
		assertThat(again.updated()).isEqualTo(1);
		long holder = organisations.findByCreditCode(operator).orElseThrow().id();
		assertThat(achievements.findDraftTitles(List.of(holder))).extracting(d -> d[2])
			.containsOnlyOnce("笋壳纤维增强聚乳酸复合材料（登记测试）");
	}

	// ------------------------------------------------------------------ export and round trip

	@Test
	void workbookExportReimportsWithoutChanges() throws Exception {
		importSamples();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long exported = transfer.export(admin, TransferFormat.XLSX, out);
		assertThat(exported).isGreaterThanOrEqualTo(3);

		XlsxCodec.Read read = new XlsxCodec().read(out.toByteArray());
		assertThat(read.fileErrors()).isEmpty();
		assertThat(read.rows()).hasSize((int) exported);
		TransferRecord sample = read.rows().stream().map(ParsedRow::record)
			.filter(r -> "test-transfer:2".equals(r.getExternalId())).findFirst().orElseThrow();
		assertThat(sample.getTitle()).isEqualTo("茶渣基活性炭低温制备工艺");
		assertThat(sample.getPriceMin()).isEqualByComparingTo("12.5");
		assertThat(sample.getRegistrationNumber()).isNotNull();
		assertThat(sample.getHolderCreditCode()).isEqualTo(ImportRequest.DEFAULT_HOLDER_CREDIT_CODE);

		long count = achievements.count();
		ImportJob job = run(TransferFormat.XLSX, out.toByteArray());
		assertThat(job.errors()).isEmpty();
		assertThat(job.state()).isEqualTo(ImportJob.State.SUCCEEDED);
		assertThat(job.created()).isZero();
		assertThat(job.updated() + job.skipped()).isEqualTo((int) exported);
		assertThat(achievements.count()).isEqualTo(count);
	}

	@Test
	void jsonLinesExportReimportsWithoutChanges() {
		importSamples();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long exported = transfer.export(admin, TransferFormat.JSONL, out);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text.lines().count()).isEqualTo(exported);
		assertThat(text).contains("\"externalId\":\"test-transfer:1\"");
		long count = achievements.count();
		ImportJob job = run(TransferFormat.JSONL, out.toByteArray());
		assertThat(job.errors()).isEmpty();
		assertThat(job.created()).isZero();
		assertThat(achievements.count()).isEqualTo(count);
	}

	@Test
	void onlyAdministratorsTransfer() {
		CurrentUser someone = new CurrentUser(-1, "someone", "", "Someone", admin.organisationId(), "x", true,
				java.util.Set.of(org.opentechmarket.platform.Role.ENTERPRISE), true);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(someone))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> transfer.export(someone, TransferFormat.JSONL,
				new ByteArrayOutputStream())).isInstanceOf(DomainException.class);
	}

	private void run(CurrentUser user) {
		transfer.importAndWait(user, ImportRequest.of(TransferFormat.JSONL, "x.jsonl"), jsonl(samples()), null);
	}

	// ------------------------------------------------------------------ failure while writing

	@Autowired
	org.springframework.context.ConfigurableApplicationContext application;

	@Test
	void aFailureWhileWritingLeavesNeitherRowsNorIndexEntries() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= AchievementImporter.BATCH + 100; i++) {
			rows.add(listing("test-transfer:fail-" + i, "菌渣免烧砖压制工艺" + i,
					"以食用菌栽培后的菌渣为原料，与粉煤灰和水泥混合压制免烧砖，第" + i + "批。"));
		}
		long before = achievements.count();
		int[] published = { 0 };
		long[] indexedBeforeFailure = { 0 };
		org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>> failing = event -> {
			if (event.getPayload() instanceof org.opentechmarket.achievement.AchievementPublished
					&& ++published[0] > AchievementImporter.BATCH) {
				// the second batch: both batches are in the index already
				indexedBeforeFailure[0] = search.search(CatalogueSearch.Query.of("菌渣免烧砖", Map.of(), 0, 1)).total();
				throw new IllegalStateException("listener failed");
			}
		};
		application.addApplicationListener(failing);
		ImportJob job;
		try {
			job = run(TransferFormat.JSONL, jsonl(rows));
		}
		finally {
			application.getBean(org.springframework.context.event.ApplicationEventMulticaster.class)
				.removeApplicationListener(failing);
		}
		assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.rejected()).isFalse();
		assertThat(job.failure()).contains("listener failed");
		assertThat(indexedBeforeFailure[0]).isEqualTo(AchievementImporter.BATCH + 100);
		assertThat(achievements.count()).isEqualTo(before);
		assertThat(achievements.findByExternalId("test-transfer:fail-1")).isEmpty();
		CatalogueSearch.Result left = search.search(CatalogueSearch.Query.of("菌渣免烧砖", Map.of(), 0, 10));
		assertThat(left.total()).as(() -> left.hits().toString()).isZero();
	}

	@Test
	void anExhaustedRegistrationSequenceFailsTheImportCleanly() {
		org.springframework.jdbc.core.JdbcTemplate jdbc = application.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		jdbc.update("insert into registration_sequences(prefix, last_value) values ('3301999Y', 9999) "
				+ "on conflict (prefix) do update set last_value = 9999");
		Map<String, Object> row = listing("test-transfer:exhausted", "菌渣基质育苗技术", "菌渣发酵后配制育苗基质。");
		row.put("publishedAt", "1999-06-01T00:00:00+08:00");
		row.put("regionCode", "330100");
		long before = achievements.count();
		ImportJob job = run(TransferFormat.JSONL, jsonl(List.of(row)));
		assertThat(job.errors()).isEmpty();
		assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.failure()).contains("exhausted");
		assertThat(achievements.count()).isEqualTo(before);
	}

	// ------------------------------------------------------------------ command line

	@Autowired
	ImportAchievementsCommand importCommand;
	@Autowired
	ExportAchievementsCommand exportCommand;

	@Test
	void commandLineImportsReportsAndExports(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>(samples());
		Map<String, Object> bad = new LinkedHashMap<>(rows.get(1));
		bad.put("category", "USEFUL");
		rows.set(1, bad);
		java.nio.file.Path badFile = dir.resolve("bad.jsonl");
		java.nio.file.Files.write(badFile, jsonl(rows));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit = importCommand.run(new String[] { "--format", "jsonl", badFile.toString() },
				new java.io.PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Nothing was changed").contains("row 2")
			.contains("category");

		java.nio.file.Path good = dir.resolve("good.jsonl");
		java.nio.file.Files.write(good, jsonl(samples()));
		output.reset();
		exit = importCommand.run(new String[] { "--format=jsonl", "--region", "330100", good.toString() },
				new java.io.PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("\rrows validated").contains("Imported good.jsonl");

		java.nio.file.Path exported = dir.resolve("out/achievements.xlsx");
		output.reset();
		exit = exportCommand.run(new String[] { exported.toString() }, new java.io.PrintStream(output, true,
				StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		assertThat(java.nio.file.Files.size(exported)).isPositive();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> importCommand.run(new String[] { "--colour", "x" },
				new java.io.PrintStream(new ByteArrayOutputStream()))).isInstanceOf(
						org.opentechmarket.platform.cli.CliCommand.UsageException.class);
	}

	// ------------------------------------------------------------------ HTTP

	@Autowired
	MockMvc mockMvc;

	MockMvc mvc() {
		return mockMvc;
	}

	@Test
	void apiImportAnswersWithTheJobOrTheRowErrors() throws Exception {
		MockMvc mvc = mvc();
		List<Map<String, Object>> rows = new ArrayList<>(samples());
		Map<String, Object> bad = new LinkedHashMap<>(rows.get(1));
		bad.remove("title");
		rows.set(1, bad);
		mvc.perform(multipart("/api/v1/imports/achievements").file(new MockMultipartFile("file", "bad.jsonl",
				"application/x-ndjson", jsonl(rows))).param("format", "jsonl").with(user(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("row 2: title"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.required"));

		mvc.perform(multipart("/api/v1/imports/achievements").file(new MockMultipartFile("file", "good.jsonl",
				"application/x-ndjson", jsonl(samples()))).param("format", "jsonl").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUCCEEDED"))
			.andExpect(jsonPath("$.rows").value(3));

		mvc.perform(get("/api/v1/exports/achievements").param("format", "jsonl").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("test-transfer:1")));
	}

	@Test
	void pagesUploadAndFollowTheJob() throws Exception {
		MockMvc mvc = mvc();
		mvc.perform(get("/admin/import").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
		String location = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "samples.jsonl",
				"application/x-ndjson", jsonl(samples()))).param("format", "jsonl").param("region", "330000")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/import/");
		String id = location.substring("/admin/import/".length());
		Optional<ImportJob> job = transfer.job(admin, id);
		assertThat(job).isPresent();
		for (int i = 0; i < 200 && !job.get().state().finished(); i++) {
			Thread.sleep(50);
		}
		assertThat(job.get().state()).isEqualTo(ImportJob.State.SUCCEEDED);
		mvc.perform(get(location + "/status").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUCCEEDED"))
			.andExpect(jsonPath("$.total").value(6))
			.andExpect(jsonPath("$.processed").value(6));
		mvc.perform(get(location).with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/export").with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/export/achievements.xlsx").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
		// without the token the upload is refused
		mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "samples.jsonl", "application/x-ndjson",
				jsonl(samples()))).param("format", "jsonl").with(user(admin)))
			.andExpect(status().isForbidden());
	}
}
