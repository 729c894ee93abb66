package org.opentechmarket.demand;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.opentechmarket.demand.domain.Contact;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedRepository;
import org.opentechmarket.demand.domain.NeedSearch;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.demand.domain.TalkRequest;
import org.opentechmarket.demand.transfer.ImportReport;
import org.opentechmarket.demand.transfer.NeedFormat;
import org.opentechmarket.demand.transfer.NeedTransfer;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Needs end to end below the browser: posting on behalf, review, contact reveal, 404s, search and facets, import, expiry. */
@PlatformTest
class NeedsIT {

	@Autowired
	NeedService service;
	@Autowired
	NeedSearch search;
	@Autowired
	NeedTransfer transfer;
	@Autowired
	NeedRepository needs;
	@Autowired
	UserAccounts users;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcTemplate jdbc;

	CurrentUser account(String name) {
		return users.loadUser(name).orElseThrow();
	}

	String unique() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	NeedContent needContent(String title, String description, int days) {
		return new NeedContent(title, description, "现有方法效率低。", "检测精度优于 0.1 mm。", "C", null, "330106",
				Set.of(Cooperation.COMMISSIONED_DEVELOPMENT, Cooperation.LICENSE), false, new BigDecimal("200000"),
				new BigDecimal("600000.50"), 6, LocalDate.now(clock).plusDays(days), "测试联系人", "0571-86001234",
				"contact@example.com", List.of("测试"));
	}

	Need openNeed(String title, String description, int days) {
		CurrentUser enterprise = account("demo-enterprise");
		Need need = service.create(enterprise, needContent(title, description, days), null);
		service.submit(enterprise, need.getId());
		return service.approve(account("admin"), need.getId());
	}

	@Test
	void brokerAndAdminPostOnBehalfAndTheEnterpriseManagesIt() {
		CurrentUser broker = account("demo-broker");
		CurrentUser enterprise = account("demo-enterprise");
		Need need = service.create(broker, needContent("代发需求" + unique(), "需要一种新工艺。", 60), enterprise.organisationId());
		assertThat(need.getPostedOnBehalf()).isEqualTo(Need.OnBehalf.BROKER);
		assertThat(need.getOwnerOrganisationId()).isEqualTo(enterprise.organisationId());
		assertThat(service.mine(enterprise)).extracting(Need::getId).contains(need.getId());
		assertThat(service.mine(broker)).extracting(Need::getId).contains(need.getId());
		service.withdraw(enterprise, need.getId());
		assertThat(needs.findById(need.getId()).orElseThrow().getStatus()).isEqualTo(NeedStatus.WITHDRAWN);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where subject_type = 'need' and subject_id = ?",
				Long.class, String.valueOf(need.getId()))).isGreaterThanOrEqualTo(2);

		Need byAdmin = service.create(account("admin"), needContent("管理员代发" + unique(), "需要新工艺。", 60),
				enterprise.organisationId());
		assertThat(byAdmin.getPostedOnBehalf()).isEqualTo(Need.OnBehalf.ADMIN);
		// a university is not an enterprise: it may not post, not even "on behalf" of one
		assertThatThrownBy(() -> service.create(account("demo-institution"), needContent("x" + unique(), "y", 60),
				enterprise.organisationId())).isInstanceOf(DomainException.class);
	}

	@Test
	void pagesShowFieldErrorsAndKeepMyNeedsForSignedInUsers() throws Exception {
		CurrentUser enterprise = account("demo-enterprise");
		mvc.perform(post("/my/needs").with(user(enterprise)).with(csrf()).param("title", "页面需求" + unique())
			.param("description", "请致电 13812345678 联系王经理").param("contactEmail", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开内容中不得包含电话号码")))
			.andExpect(content().string(containsString("电子邮箱格式不正确")));
		String title = "页面草稿" + unique();
		mvc.perform(post("/my/needs").with(user(enterprise)).with(csrf()).param("title", title)
			.param("cooperation", "TRANSFER", "LICENSE").param("budgetMin", "100000"))
			.andExpect(status().is3xxRedirection());
		Need saved = service.mine(enterprise).stream().filter(n -> n.getTitle().equals(title)).findFirst().orElseThrow();
		mvc.perform(post("/my/needs/" + saved.getId() + "/submit").with(user(enterprise)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请填写联系电话或电子邮箱")));
		mvc.perform(get("/my/needs").with(user(enterprise))).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/my/needs")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/needs")).andExpect(status().isOk());
		mvc.perform(get("/admin/needs").with(user(enterprise))).andExpect(status().isForbidden());
		mvc.perform(post("/my/needs").with(user(account("demo-institution"))).with(csrf()).param("title", "x" + unique()))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiPostsSubmitsAndTalksWithProblemDetails() throws Exception {
		String title = "接口需求" + unique();
		String body = "{\"title\":\"" + title + "\",\"description\":\"需要一种低成本的水质在线监测方法。\","
				+ "\"targets\":\"检测限 0.1 mg/L\",\"industryCode\":\"N\",\"regionCode\":\"330200\","
				+ "\"cooperation\":[\"TECHNICAL_SERVICE\"],\"budgetNegotiable\":true,\"contactName\":\"李工\","
				+ "\"contactEmail\":\"li@example.com\"}";
		String created = mvc.perform(post("/api/v1/needs").with(httpBasic("demo-enterprise2", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.contact.email").value("li@example.com"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/needs/" + id + "/submit").with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		mvc.perform(post("/api/v1/needs/" + id + "/submit").with(httpBasic("demo-enterprise", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/needs").with(httpBasic("demo-institution", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/needs").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void reviewRefusesContactDataAndReturnsWithReasons() {
		CurrentUser enterprise = account("demo-enterprise");
		assertThatThrownBy(() -> service.create(enterprise,
				needContent("联系需求" + unique(), "有意者请拨打 13812345678 联系", 60), null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
				.anyMatch(v -> v.field().equals("description") && v.code().equals("need.publicText.phone")));
		Need need = service.create(enterprise, new NeedContent("草稿" + unique(), null, null, null, null, null, null, null,
				true, null, null, null, null, null, null, null, null), null);
		assertThatThrownBy(() -> service.submit(enterprise, need.getId()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
				.contains("description", "targets", "industryCode", "deadline", "contactName", "cooperation"));
		service.edit(enterprise, need.getId(), needContent(need.getTitle(), "需要解决的问题。", 30));
		service.submit(enterprise, need.getId());
		assertThat(service.reviewQueue(account("admin"))).extracting(Need::getId).contains(need.getId());
		assertThatThrownBy(() -> service.approve(enterprise, need.getId())).isInstanceOf(DomainException.class);
		service.returnForChanges(account("admin"), need.getId(), "请补充现状");
		assertThat(needs.findById(need.getId()).orElseThrow().getStatus()).isEqualTo(NeedStatus.RETURNED);
	}

	@Test
	void contactIsRevealedOnlyWhenBothSidesAgreeAndOtherOrganisationsGet404OnNonPublicNeeds() throws Exception {
		String title = "联系方式测试需求" + unique();
		CurrentUser enterprise = account("demo-enterprise");
		Need draft = service.create(enterprise, needContent(title, "需要一种检测方法。", 60), null);
		// a draft: not found for other organisations and anonymous visitors, page and API
		mvc.perform(get("/needs/" + draft.getId()).with(user(account("demo-enterprise2")))).andExpect(status().isNotFound());
		mvc.perform(get("/needs/" + draft.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/needs/" + draft.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/needs/" + draft.getId()).with(httpBasic("demo-enterprise2", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/needs/" + draft.getId()).with(user(enterprise))).andExpect(status().isOk())
			.andExpect(content().string(containsString("0571-86001234")));

		service.submit(enterprise, draft.getId());
		service.approve(account("admin"), draft.getId());
		// public now: the text for everyone, the contact for nobody outside
		mvc.perform(get("/needs/" + draft.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(not(containsString("0571-86001234"))))
			.andExpect(content().string(not(containsString("contact@example.com"))));
		mvc.perform(get("/api/v1/needs/" + draft.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(title)).andExpect(jsonPath("$.contact").doesNotExist());
		mvc.perform(get("/api/v1/needs").param("q", title)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0571-86001234"))));

		CurrentUser university = account("demo-institution");
		TalkRequest talk = service.requestTalks(university, draft.getId(), "我们有相关成果，希望洽谈合作。",
				new Contact("陈老师", "0571-88000099", "chen@example.edu.cn"));
		assertThatThrownBy(() -> service.requestTalks(university, draft.getId(), "再次申请洽谈合作事宜。",
				new Contact("陈老师", "0571-88000099", null))).isInstanceOf(DomainException.class);
		// pending: neither side sees the other's contact
		mvc.perform(get("/needs/" + draft.getId()).with(user(university))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0571-86001234"))));
		mvc.perform(get("/needs/" + draft.getId()).with(user(enterprise))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0571-88000099"))));
		// another organisation cannot decide on the request (not found)
		assertThatThrownBy(() -> service.decideTalks(account("demo-enterprise2"), talk.getId(), true))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));

		service.decideTalks(enterprise, talk.getId(), true);
		assertThat(needs.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(NeedStatus.IN_TALKS);
		mvc.perform(get("/needs/" + draft.getId()).with(user(university))).andExpect(status().isOk())
			.andExpect(content().string(containsString("0571-86001234")));
		mvc.perform(get("/needs/" + draft.getId()).with(user(enterprise))).andExpect(status().isOk())
			.andExpect(content().string(containsString("0571-88000099")));
		mvc.perform(get("/api/v1/needs/" + draft.getId()).with(httpBasic("demo-institution", "demo")))
			.andExpect(jsonPath("$.contact.phone").value("0571-86001234"));
		// a third organisation still sees no contact
		mvc.perform(get("/needs/" + draft.getId()).with(user(account("demo-enterprise2")))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0571-86001234"))))
			.andExpect(content().string(not(containsString("0571-88000099"))));
		// once withdrawn, the third organisation gets 404 again, the counterpart still sees it
		service.withdraw(enterprise, draft.getId());
		mvc.perform(get("/needs/" + draft.getId()).with(user(account("demo-enterprise2")))).andExpect(status().isNotFound());
		mvc.perform(get("/needs/" + draft.getId()).with(user(university))).andExpect(status().isOk());
	}

	@Test
	void catalogueFindsNeedsByChineseQueriesWithFacets() throws Exception {
		String marker = "磁悬浮轴承" + unique();
		Need need = openNeed("高速" + marker + "控制系统", "需要一种磁悬浮轴承的数字控制方案，用于高速离心压缩机。", 90);
		NeedSearch.Result r = search.search(NeedSearch.Query.of(marker, Map.of(), 0, 10));
		assertThat(r.hits()).extracting(h -> h.need().getId()).containsExactly(need.getId());
		assertThat(r.hits().get(0).titleHighlight()).contains("<mark>");
		NeedSearch.Result words = search.search(NeedSearch.Query.of("离心压缩机 数字控制", Map.of(), 0, 50));
		assertThat(words.hits()).extracting(h -> h.need().getId()).contains(need.getId());
		NeedSearch.Result facets = search.search(NeedSearch.Query.of(marker, Map.of(), 0, 10));
		assertThat(facets.facets().get("industrySection")).contains(new NeedSearch.FacetValue("C", 1));
		assertThat(facets.facets().get("provinceCode")).contains(new NeedSearch.FacetValue("330000", 1));
		assertThat(facets.facets().get("cooperation")).contains(new NeedSearch.FacetValue("LICENSE", 1));
		assertThat(facets.facets().get("budgetBand")).contains(new NeedSearch.FacetValue("FROM_500K_TO_1M", 1));
		assertThat(facets.facets().get("trl")).contains(new NeedSearch.FacetValue("6", 1));
		assertThat(search.search(NeedSearch.Query.of(marker, Map.of("cooperation", "TRANSFER"), 0, 10)).total()).isZero();
		assertThat(search.search(NeedSearch.Query.of(marker, Map.of("budgetBand", "FROM_500K_TO_1M"), 0, 10)).total())
			.isEqualTo(1);
		mvc.perform(get("/needs").param("q", marker)).andExpect(status().isOk())
			.andExpect(content().string(containsString("共 1 项需求")))
			.andExpect(content().string(containsString("<mark>")))
			.andExpect(content().string(containsString("/needs/" + need.getId())));
		mvc.perform(get("/api/v1/needs").param("q", marker)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].need.id").value(need.getId()));
	}

	@Test
	void importIsAllOrNothingIdempotentAndExportsRoundTrip() throws Exception {
		CurrentUser admin = account("admin");
		String id = unique();
		String good = "{\"externalId\":\"t:" + id + "-1\",\"title\":\"导入需求甲" + id + "\",\"description\":\"需要一种新材料。\","
				+ "\"industryCode\":\"C\",\"cooperation\":[\"TRANSFER\"],\"budgetMin\":100000.50,\"deadline\":\""
				+ LocalDate.now(clock).plusDays(30) + "\"}";
		String bad = "{\"externalId\":\"t:" + id + "-2\",\"title\":\"\",\"description\":\"请联系 13812345678\","
				+ "\"cooperation\":[\"BARTER\"],\"minTrl\":12}";
		ImportReport rejected = transfer.importData(admin, NeedFormat.JSONL,
				(good + "\n" + bad + "\nnot json\n").getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(rejected.accepted()).isFalse();
		assertThat(rejected.errors()).extracting(e -> e.row() + ":" + e.field())
			.contains("2:title", "2:description", "2:cooperation", "2:minTrl", "3:line");
		assertThat(needs.findByExternalId("t:" + id + "-1")).isEmpty();

		ImportReport ok = transfer.importData(admin, NeedFormat.JSONL, good.getBytes(StandardCharsets.UTF_8), null, null);
		assertThat(ok.accepted()).isTrue();
		assertThat(ok.created()).isEqualTo(1);
		Need imported = needs.findByExternalId("t:" + id + "-1").orElseThrow();
		assertThat(imported.getStatus()).isEqualTo(NeedStatus.OPEN);
		assertThat(imported.getBudgetMin()).isEqualByComparingTo("100000.50");
		ImportReport again = transfer.importData(admin, NeedFormat.JSONL, good.getBytes(StandardCharsets.UTF_8), null,
				null);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(1);
		assertThatThrownBy(() -> transfer.importData(account("demo-enterprise"), NeedFormat.JSONL, good.getBytes(), null, null))
			.isInstanceOf(DomainException.class);

		ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
		transfer.exportData(admin, NeedFormat.JSONL, jsonl);
		String mine = jsonl.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("导入需求甲" + id))
			.findFirst().orElseThrow();
		assertThat(mine).contains("\"budgetMin\":100000.50");
		ImportReport roundTrip = transfer.importData(admin, NeedFormat.JSONL, mine.getBytes(StandardCharsets.UTF_8), null,
				null);
		assertThat(roundTrip.errors()).isEmpty();
		assertThat(roundTrip.updated()).isEqualTo(1);

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		transfer.exportData(admin, NeedFormat.XLSX, xlsx);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("需求名称(title)");
		}
		ByteArrayOutputStream sheet = new ByteArrayOutputStream();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var s = book.createSheet();
			var h = s.createRow(0);
			h.createCell(0).setCellValue("外部编号(externalId)");
			h.createCell(1).setCellValue("需求名称(title)");
			h.createCell(2).setCellValue("description");
			h.createCell(3).setCellValue("cooperation");
			var r1 = s.createRow(1);
			r1.createCell(0).setCellValue("x:" + id);
			r1.createCell(1).setCellValue("表格导入需求" + id);
			r1.createCell(2).setCellValue("需要一种防腐涂层。");
			r1.createCell(3).setCellValue("LICENSE,OTHER");
			book.write(sheet);
		}
		ImportReport fromSheet = transfer.importData(admin, NeedFormat.XLSX, sheet.toByteArray(), null, null);
		assertThat(fromSheet.errors()).isEmpty();
		assertThat(service.find(needs.findByExternalId("x:" + id).orElseThrow().getId()).orElseThrow().cooperation())
			.containsExactlyInAnyOrder(Cooperation.LICENSE, Cooperation.OTHER);

		String market = "{\"id\":\"Z" + id + "\",\"title\":\"LED驱动电路改进" + id + "\",\"postedOn\":\"2020-01-13\","
				+ "\"classification\":\"制造业电力、热力、燃气、及水生产和供应业\",\"cooperation\":\"技术转让,委托开发\","
				+ "\"validity\":\"2020-01-1310:49:39.0至2021-01-1310:49:41.0\",\"description\":\"需要一种恒流驱动，联系 a@b.com\"}";
		ImportReport zj = transfer.importData(admin, NeedFormat.ZJMARKET, market.getBytes(StandardCharsets.UTF_8), null,
				null);
		assertThat(zj.errors()).isEmpty();
		Need listing = needs.findByExternalId("zjmarket:Z" + id).orElseThrow();
		assertThat(listing.getIndustrySection()).isEqualTo("C");
		assertThat(listing.getDeadline()).isEqualTo(LocalDate.of(2021, 1, 13));
		assertThat(listing.getStatus()).isEqualTo(NeedStatus.EXPIRED);
		assertThat(service.find(listing.getId()).orElseThrow().cooperation()).containsExactlyInAnyOrder(Cooperation.TRANSFER,
				Cooperation.COMMISSIONED_DEVELOPMENT);
		assertThat(listing.getDescription()).doesNotContain("a@b.com");

		mvc.perform(post("/api/v1/admin/needs/import").param("format", "jsonl").with(httpBasic("admin", "admin-test-password"))
			.contentType(MediaType.APPLICATION_OCTET_STREAM).content(bad.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].row").value(1));
	}

	@Test
	void importsAllRealMarketNeedsAndFindsThemByChineseQueries() throws Exception {
		java.nio.file.Path file = java.nio.file.Path.of("..", "shared", "data", "zjmarket", "needs.jsonl");
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file), "../shared/data is not here");
		ImportReport report = transfer.importData(account("admin"), NeedFormat.ZJMARKET, java.nio.file.Files.readAllBytes(file),
				null, null);
		assertThat(report.errors()).isEmpty();
		assertThat(report.rows()).isEqualTo(1729);
		assertThat(report.created() + report.updated() + report.skipped()).isEqualTo(1729);
		assertThat(report.skipped()).isEqualTo(1);
		Set<NeedStatus> all = java.util.EnumSet.allOf(NeedStatus.class);
		for (String q : List.of("LED 恒流驱动", "针织 起球", "污水处理")) {
			NeedSearch.Result r = search.search(new NeedSearch.Query(q, Map.of(), all, 0, 10));
			assertThat(r.total()).as(q).isPositive();
			assertThat(r.hits()).as(q).anyMatch(h -> h.need().getExternalId() != null
					&& h.need().getExternalId().startsWith("zjmarket:"));
		}
		ImportReport again = transfer.importData(account("admin"), NeedFormat.ZJMARKET, java.nio.file.Files.readAllBytes(file),
				null, null);
		assertThat(again.created()).isZero();
	}

	@Autowired
	List<org.opentechmarket.platform.cli.CliCommand> commands;

	@Test
	void commandLineImportsAllOrNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		var command = commands.stream().filter(c -> c.name().equals("import needs")).findFirst().orElseThrow();
		String id = unique();
		java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("good.jsonl"), "{\"externalId\":\"cli:" + id
				+ "\",\"title\":\"命令行导入需求" + id + "\",\"description\":\"需要一种耐高温密封材料。\"}\n");
		java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.jsonl"), "{\"externalId\":\"cli:" + id
				+ "-b\",\"title\":\"坏行\"}\n");
		var out = new ByteArrayOutputStream();
		int rejected = command.run(new String[] { "--format", "jsonl", bad.toString() },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(rejected).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Import rejected").contains("row 1").contains("description");
		assertThat(needs.findByExternalId("cli:" + id + "-b")).isEmpty();
		out.reset();
		int imported = command.run(new String[] { "--format=jsonl", good.toString() },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(imported).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(needs.findByExternalId("cli:" + id)).isPresent();
		assertThatThrownBy(() -> command.run(new String[] { "--format", "csv", good.toString() }, System.out))
			.isInstanceOf(org.opentechmarket.platform.cli.CliCommand.UsageException.class);
	}

	@Test
	void expiryJobClosesNeedsAfterTheirDeadlineOnce() {
		Need need = openNeed("到期测试需求" + unique(), "需要一种新的表面处理工艺。", 1);
		Instant before = clock.instant();
		try {
			assertThat(service.expireDue()).isGreaterThanOrEqualTo(0);
			assertThat(needs.findById(need.getId()).orElseThrow().getStatus()).isEqualTo(NeedStatus.OPEN);
			clock.advance(Duration.ofDays(3));
			assertThat(service.expireDue()).isGreaterThanOrEqualTo(1);
			assertThat(needs.findById(need.getId()).orElseThrow().getStatus()).isEqualTo(NeedStatus.EXPIRED);
			assertThat(service.expireDue()).isZero();
		}
		finally {
			clock.set(before);
		}
	}
}
