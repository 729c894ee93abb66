package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Registering achievements the way users do, for the integration tests: JSON for the API, evidence through the web form,
 * review through the API. Every title and patent number is unique because all tests share one database.
 */
public final class Registrations {

	public static final String PASSWORD = "demo";

	/** The first bytes of a real PDF. */
	public static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
			+ "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

	/** A Windows executable's header (MZ ... PE). */
	public static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
			(byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, '@', 0, 0, 0, 'P', 'E', 0, 0 };

	private Registrations() {
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A patent number nobody else uses. */
	public static String patentNumber() {
		return "ZL2025" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L) + "." + unique().charAt(0);
	}

	/** A complete, valid APPLIED registration (科技成果登记表) claiming one invention patent. */
	public static String appliedJson(String title, String patentNumber) {
		return appliedJson(title, patentNumber, "本成果采用宽带隙薄膜与晶硅叠层结构，通过低温原子层沉积封装和边缘密封工艺，"
				+ "显著提升柔性组件在湿热环境下的稳定性，经第三方检测一千小时湿热老化后效率保持率超过百分之九十五。");
	}

	public static String appliedJson(String title, String patentNumber, String abstractText) {
		return """
				{
				  "title": "%s",
				  "category": "APPLIED",
				  "keywords": ["叠层电池", "封装", "光伏"],
				  "abstractText": "%s",
				  "completingOrganisations": ["之江理工大学"],
				  "inventors": [
				    {"name": "周立", "organisation": "之江理工大学", "role": "项目负责人", "share": 33.33},
				    {"name": "何静", "organisation": "之江理工大学", "role": "工艺", "share": 33.33},
				    {"name": "陆宁", "organisation": "之江理工大学", "role": "测试", "share": 33.34}
				  ],
				  "researchStart": "2022-01",
				  "researchEnd": "2024-12",
				  "attribute": "ORIGINAL",
				  "evaluationRoute": "ACCEPTANCE",
				  "level": "DOMESTIC_LEADING",
				  "stage": "MIDDLE",
				  "disciplineCode": "52020",
				  "industryCode": "396",
				  "regionCode": "330106",
				  "fundingSource": "PROVINCIAL",
				  "projectNumber": "2025C0%s",
				  "acceptanceDate": "2025-01-15",
				  "trl": 6,
				  "ipRights": [
				    {"type": "INVENTION_PATENT", "number": "%s", "grantDate": "2024-05-10", "status": "GRANTED"}
				  ],
				  "conversionMethods": ["LICENSE", "COOPERATION"],
				  "priceNegotiable": false,
				  "priceMin": 120,
				  "priceMax": 200,
				  "applicationFields": "柔性光伏、建筑光伏一体化",
				  "cooperationRequirements": "寻求组件企业联合中试"
				}
				""".formatted(json(title), json(abstractText), unique(), json(patentNumber));
	}

	/** Creates a draft through the API as {@code username}; returns its id. */
	public static long createDraft(MockMvc mvc, String username, String json) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/achievements").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return id(result);
	}

	/** Uploads one evidence file through the holder's web form and expects it to be accepted. */
	public static void uploadEvidence(MockMvc mvc, CurrentUser holder, long id, String type, String fileName, byte[] bytes)
			throws Exception {
		mvc.perform(multipart("/my/achievements/{id}/evidence", id)
				.file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
				.param("type", type)
				.with(user(holder))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "evidence.added"));
	}

	/** The evidence an APPLIED registration with a patent needs. */
	public static void uploadAppliedEvidence(MockMvc mvc, CurrentUser holder, long id) throws Exception {
		uploadEvidence(mvc, holder, id, "ACCEPTANCE_OPINION", "验收意见.pdf", PDF);
		uploadEvidence(mvc, holder, id, "TEST_REPORT", "检测报告.pdf", PDF);
		uploadEvidence(mvc, holder, id, "IP_CERTIFICATE", "专利证书.pdf", PDF);
	}

	public static void submit(MockMvc mvc, String username, long id) throws Exception {
		mvc.perform(post("/api/v1/achievements/{id}/submit", id).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk());
	}

	public static String approve(MockMvc mvc, long id) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/achievements/{id}/approve", id).with(httpBasic("demo-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.registrationNumber");
	}

	/**
	 * Registers, proves, submits, approves and — after moving the clock past the notice — publishes an achievement held by
	 * demo-institution. Returns its id.
	 */
	public static long publish(MockMvc mvc, CurrentUser holder, String json, MutableClock clock, AchievementService service)
			throws Exception {
		long id = createDraft(mvc, holder.getUsername(), json);
		uploadAppliedEvidence(mvc, holder, id);
		submit(mvc, holder.getUsername(), id);
		approve(mvc, id);
		clock.advance(Duration.ofDays(16));
		service.publishDueNotices();
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/achievements/{id}", id))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("PUBLISHED");
		return id;
	}

	public static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
	}

	public static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
