package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public catalogue on the demo data: facets, filters, Chinese full-text search, highlighting, escaping. */
@PlatformTest
class CatalogueSearchIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService service;

	// ------------------------------------------------------------------ filters and facets

	@Test
	void filteringByCategoryReturnsOnlyThatCategory() throws Exception {
		for (String category : List.of("BASIC", "SOFT", "APPLIED")) {
			String page = api(get("/api/v1/achievements").param("category", category).param("size", "100"));
			List<String> categories = JsonPath.read(page, "$.items[*].category");
			assertThat(categories).as(category).isNotEmpty().containsOnly(category);
			assertThat(facetValues(page, "category")).as(category).containsOnlyKeys(category);
			assertThat(facetValues(page, "category").get(category)).isEqualTo(total(page));
		}
		List<String> basic = JsonPath.read(api(get("/api/v1/achievements").param("category", "BASIC").param("size", "100")),
				"$.items[*].title");
		assertThat(basic).contains("二维材料界面电荷转移机理研究");
	}

	@Test
	void categoryFacetCountsAddUpToTheTotal() throws Exception {
		String page = api(get("/api/v1/achievements").param("size", "1"));
		Map<String, Integer> categories = facetValues(page, "category");
		assertThat(categories).containsKeys("APPLIED", "BASIC", "SOFT");
		assertThat(categories.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total(page));
		assertThat(total(page)).isGreaterThanOrEqualTo(16);
		// every facet of the catalogue is offered
		Map<String, Object> facets = JsonPath.read(page, "$.facets");
		assertThat(facets).containsKeys("category", "disciplineRoot", "industrySection", "provinceCode", "trl", "ipTypes",
				"priceBand", "holder");
		assertThat(facetValues(page, "holder")).containsKeys("之江理工大学", "钱塘新材料研究院");
	}

	@Test
	void filteringByProvince() throws Exception {
		String all = api(get("/api/v1/achievements").param("size", "1"));
		String zhejiang = api(get("/api/v1/achievements").param("provinceCode", "330000").param("size", "100"));
		assertThat(total(zhejiang)).isGreaterThanOrEqualTo(16).isLessThanOrEqualTo(total(all));
		assertThat(facetValues(zhejiang, "provinceCode")).containsOnlyKeys("330000");
		assertThat(facetValues(zhejiang, "provinceCode").get("330000")).isEqualTo(total(zhejiang));
		List<String> titles = JsonPath.read(zhejiang, "$.items[*].title");
		assertThat(titles).contains("海水淡化用抗污染复合反渗透膜", "碳纤维复合材料快速固化成型工艺");

		String beijing = api(get("/api/v1/achievements").param("provinceCode", "110000"));
		assertThat(total(beijing)).isZero();
	}

	@Test
	void filtersCombineAndNarrow() throws Exception {
		String institute = api(get("/api/v1/achievements").param("holder", "钱塘新材料研究院").param("size", "100"));
		List<String> holders = JsonPath.read(institute, "$.items[*].holder");
		assertThat(holders).isNotEmpty().containsOnly("钱塘新材料研究院");

		String narrowed = api(get("/api/v1/achievements").param("holder", "钱塘新材料研究院").param("trl", "7")
			.param("category", "APPLIED").param("size", "100"));
		assertThat(total(narrowed)).isPositive().isLessThan(total(institute));
		assertThat(facetValues(narrowed, "trl")).containsOnlyKeys("7");
		List<String> titles = JsonPath.read(narrowed, "$.items[*].title");
		assertThat(titles).contains("石墨烯改性防腐涂料", "高导热绝缘环氧灌封胶").doesNotContain("碳纤维复合材料快速固化成型工艺");

		// a patent-holding, priced achievement shows up in its facets
		String patents = api(get("/api/v1/achievements").param("ipTypes", "INVENTION_PATENT").param("size", "100"));
		assertThat((List<String>) JsonPath.read(patents, "$.items[*].title")).contains("海水淡化用抗污染复合反渗透膜")
			.doesNotContain("农田土壤墒情物联网监测与精准灌溉决策平台");
		String negotiable = api(get("/api/v1/achievements").param("priceBand", "NEGOTIABLE").param("size", "100"));
		assertThat((List<String>) JsonPath.read(negotiable, "$.items[*].title")).contains("城市内涝风险实时预警模型")
			.doesNotContain("海水淡化用抗污染复合反渗透膜");
	}

	@Test
	void nonsenseFiltersFindNothingAndUnknownParametersAreIgnored() throws Exception {
		assertThat(total(api(get("/api/v1/achievements").param("trl", "abc")))).isZero();
		assertThat(total(api(get("/api/v1/achievements").param("category", "NOPE")))).isZero();
		int all = total(api(get("/api/v1/achievements")));
		assertThat(total(api(get("/api/v1/achievements").param("colour", "red")))).isEqualTo(all);
	}

	@Test
	void pagingWalksTheCatalogue() throws Exception {
		String first = api(get("/api/v1/achievements").param("size", "5").param("page", "0"));
		String second = api(get("/api/v1/achievements").param("size", "5").param("page", "1"));
		List<Number> a = JsonPath.read(first, "$.items[*].id");
		List<Number> b = JsonPath.read(second, "$.items[*].id");
		assertThat(a).hasSize(5);
		assertThat(b).hasSize(5).doesNotContainAnyElementsOf(a);
		assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(api(get("/api/v1/achievements").param("size", "1000")), "$.size")).isEqualTo(100);
	}

	@Test
	void facetLinksOnThePageKeepTheQuery() throws Exception {
		// the page asks for its facet sidebar in a second request that carries the query and the selected facets
		mvc.perform(get("/achievements").param("q", "复合材料").param("category", "APPLIED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"hx-get=\"/achievements/facets?q=%E5%A4%8D%E5%90%88%E6%9D%90%E6%96%99&amp;category=APPLIED\"")));
		mvc.perform(get("/achievements/facets").param("q", "复合材料").param("category", "APPLIED").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/achievements?q=%E5%A4%8D%E5%90%88%E6%9D%90%E6%96%99")))
			.andExpect(content().string(containsString("aria-current=\"true\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		// without JavaScript the same sidebar is a page of its own
		mvc.perform(get("/achievements/facets").param("q", "复合材料"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	// ------------------------------------------------------------------ Chinese full text

	@Test
	void chineseQueriesFindTheExpectedDemoAchievements() throws Exception {
		assertTop3("机器视觉", "基于深度学习的纺织品瑕疵在线检测系统");
		assertTop3("锂电池", "废旧锂电池正极材料短流程再生技术");
		assertTop3("锂电池", "锂离子电池健康状态快速评估方法及装置");
		assertTop3("海水淡化", "海水淡化用抗污染复合反渗透膜");
		assertTop3("石墨烯防腐", "石墨烯改性防腐涂料");
		assertTop3("城市内涝预警", "城市内涝风险实时预警模型");
	}

	@Test
	void theFirstHitForAnExactTitleIsThatAchievement() throws Exception {
		List<String> titles = JsonPath.read(api(get("/api/v1/achievements").param("q", "海水淡化")), "$.items[*].title");
		assertThat(titles.get(0)).isEqualTo("海水淡化用抗污染复合反渗透膜");
		List<String> exact = JsonPath.read(api(get("/api/v1/achievements").param("q", "可降解聚乳酸发泡餐盒成型技术")),
				"$.items[*].title");
		assertThat(exact.get(0)).isEqualTo("可降解聚乳酸发泡餐盒成型技术");
	}

	@Test
	void aQueryWithNoMatchFindsNothing() throws Exception {
		String page = api(get("/api/v1/achievements").param("q", "恐龙化石年代测定"));
		assertThat(total(page)).isZero();
		mvc.perform(get("/achievements").param("q", "恐龙化石年代测定"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到匹配的已发布成果")));
	}

	@Test
	void matchedWordsAreHighlighted() throws Exception {
		String page = api(get("/api/v1/achievements").param("q", "海水淡化"));
		String highlight = JsonPath.read(page, "$.items[0].titleHighlight");
		assertThat(highlight).contains("<mark>").contains("</mark>");
		assertThat(highlight.replace("<mark>", "").replace("</mark>", "")).isEqualTo("海水淡化用抗污染复合反渗透膜");
		List<String> abstracts = JsonPath.read(page, "$.items[*].abstractHighlight");
		assertThat(abstracts).anySatisfy(a -> assertThat(a).contains("<mark>"));

		mvc.perform(get("/achievements").param("q", "海水淡化"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>")));
		// without a query there is nothing to highlight
		mvc.perform(get("/achievements"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<mark>"))));
	}

	@Test
	void theResultsFragmentIsServedToHtmx() throws Exception {
		mvc.perform(get("/achievements").param("q", "海水淡化").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用抗污染复合反渗透膜")))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	// ------------------------------------------------------------------ escaping

	@Test
	void htmlInTheQueryIsEscaped() throws Exception {
		for (String q : List.of("<script>alert(1)</script>", "\"><script>alert(1)</script>", "海水淡化<script>alert(1)</script>",
				"<img src=x onerror=alert(1)>")) {
			for (MockHttpServletRequestBuilder request : List.of(get("/achievements").param("q", q),
					get("/achievements").param("q", q).param("category", "APPLIED"),
					get("/achievements").param("q", q).header("HX-Request", "true"))) {
				mvc.perform(request)
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("<script>alert"))))
					.andExpect(content().string(not(containsString("<img src=x"))))
					.andExpect(content().string(not(containsString("\"><script"))));
			}
		}
		mvc.perform(get("/achievements").param("q", "<script>alert(1)</script>"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		// the API's highlights never carry the query's markup
		String page = api(get("/api/v1/achievements").param("q", "<script>alert(1)</script>").param("size", "100"));
		List<String> highlights = JsonPath.read(page, "$.items[*].titleHighlight");
		List<String> abstracts = JsonPath.read(page, "$.items[*].abstractHighlight");
		assertThat(highlights).noneMatch(h -> h != null && (h.contains("<script") || h.contains("<img")));
		assertThat(abstracts).noneMatch(h -> h != null && (h.contains("<script") || h.contains("<img")));
	}

	@Test
	void htmlInARegisteredTitleAndAbstractIsEscapedEverywhere() throws Exception {
		CurrentUser institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
		String tag = Registrations.unique();
		String title = "量子点荧光测温<img src=x onerror=alert(1)>" + tag;
		String abstractText = "本成果利用量子点荧光寿命随温度变化的特性实现非接触测温<script>alert(2)</script>，"
				+ "测温精度达到零点一摄氏度，适用于微电子器件和生物组织的温度场测量，已完成样机研制和标定。";
		long id = Registrations.publish(mvc, institution,
				Registrations.appliedJson(title, Registrations.patentNumber(), abstractText), clock, service);

		for (MockHttpServletRequestBuilder request : List.of(get("/achievements").param("q", "量子点荧光"),
				get("/achievements"), get("/achievements/{id}", id), get("/"))) {
			mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<img src=x"))))
				.andExpect(content().string(not(containsString("<script>alert(2)"))));
		}
		mvc.perform(get("/achievements").param("q", "量子点荧光"))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(containsString("href=\"/achievements/" + id + "\"")));
		mvc.perform(get("/achievements/{id}", id)).andExpect(content().string(containsString("&lt;img src=x")));

		// the API's highlights are HTML too: encoded around the marks
		String page = api(get("/api/v1/achievements").param("q", "量子点荧光").param("size", "100"));
		List<String> highlights = JsonPath.read(page, "$.items[?(@.id == " + id + ")].titleHighlight");
		assertThat(highlights).singleElement().asString().contains("<mark>").doesNotContain("<img").contains("&lt;img");
		List<String> abstracts = JsonPath.read(page, "$.items[?(@.id == " + id + ")].abstractHighlight");
		assertThat(abstracts).singleElement().asString().doesNotContain("<script>").contains("&lt;script&gt;");
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Among the expected achievement's holder's achievements (other tests import thousands of real listings into the shared
	 * catalogue, which legitimately outrank a demo record for a broad query), the query ranks it in the top 3.
	 */
	private void assertTop3(String q, String expectedTitle) throws Exception {
		List<String> holders = JsonPath.read(api(get("/api/v1/achievements").param("q", expectedTitle).param("size", "20")),
				"$.items[?(@.title == '" + expectedTitle + "')].holder");
		assertThat(holders).as("holder of %s", expectedTitle).isNotEmpty();
		List<String> titles = JsonPath.read(api(get("/api/v1/achievements").param("q", q).param("holder", holders.get(0))
			.param("size", "3")), "$.items[*].title");
		assertThat(titles).as("top 3 for %s", q).contains(expectedTitle);
	}

	private String api(MockHttpServletRequestBuilder request) throws Exception {
		return Registrations.body(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private static int total(String page) {
		return ((Number) JsonPath.read(page, "$.total")).intValue();
	}

	private static Map<String, Integer> facetValues(String page, String facet) {
		List<Map<String, Object>> values = JsonPath.read(page, "$.facets." + facet);
		Map<String, Integer> map = new java.util.LinkedHashMap<>();
		for (Map<String, Object> v : values) {
			map.put((String) v.get("value"), ((Number) v.get("count")).intValue());
		}
		return map;
	}
}
