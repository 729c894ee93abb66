package org.opentechmarket.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.platform.CodeTables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The engine on a small corpus written here: ranking, explanations and the structured fit. */
class MatchEngineTest {

	private static final CodeTables CODES = new CodeTables();
	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
	private MatchIndex index;
	private MatchEngine engine;

	static MatchWeights weights(Map<String, String> overrides) {
		return new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("otm.matching", MatchWeights.class);
	}

	@BeforeEach
	void corpus() {
		index = MatchIndex.inMemory(1.2, 0.75, false);
		index.putAll(List.of(
				doc("1", "锂电池正极材料湿法回收工艺", "新能源 储能", "废旧锂电池正极材料湿法回收，钴、镍、锂的回收率达到百分之九十五以上。",
						"384", "48020", "330106", 6, "50", "100", LocalDate.of(2025, 6, 1)),
				doc("2", "茶叶嫩芽智能采摘机器人", "现代农业 农业机械", "基于视觉识别的名优茶嫩芽采摘机器人，采摘效率高，损伤率低。", "357",
						"21020", "330200", 4, null, null, LocalDate.of(2024, 1, 1)),
				doc("3", "印染废水复合絮凝剂", "节能环保 水处理", "高效复合絮凝剂，用于印染废水处理，色度去除率高。", "266", "61020",
						"320100", 7, "300", "500", LocalDate.of(2025, 12, 1)),
				doc("4", "动力电池梯次利用检测系统", "新能源 储能", "退役动力电池的快速分选与梯次利用检测。", "384", "48020", "330100", 3,
						null, null, LocalDate.of(2025, 1, 1))));
		engine = new MatchEngine(index, weights(Map.of()), CODES, clock);
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void ranksTheAchievementThatSolvesTheNeedFirst() {
		List<Match> matches = engine.match(NeedQuery.ofText("废旧锂电池回收", "我们需要锂电池正极材料的回收技术，提高钴镍回收率。"), 10);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).key()).isEqualTo("1");
		assertThat(matches).extracting(Match::key).doesNotContain("2", "3");
	}

	@Test
	void matchedTermsAreInBothTexts() {
		NeedQuery need = NeedQuery.ofText("茶园嫩芽采摘", "需要一台能识别名优茶嫩芽的采摘设备，要求损伤率低。");
		Match top = engine.match(need, 5).get(0);
		assertThat(top.key()).isEqualTo("2");
		List<String> terms = top.why().matchedTerms();
		assertThat(terms).isNotEmpty().contains("采摘");
		String needText = need.title() + need.description();
		String docText = "茶叶嫩芽智能采摘机器人 现代农业 农业机械 基于视觉识别的名优茶嫩芽采摘机器人，采摘效率高，损伤率低。";
		assertThat(terms).allSatisfy(t -> {
			assertThat(needText).contains(t);
			assertThat(docText).contains(t);
		});
		// boilerplate never explains a match
		assertThat(terms).doesNotContain("需要", "要求");
	}

	@Test
	void sharedCodesAreTheDeepestCommonAncestors() {
		CodeTables.CodeTable industries = CODES.industries();
		// 384 电池制造 and 381 电机制造 under 38 电气机械和器材制造业, section C; 266 专用化学产品制造 under 26, also C
		assertThat(MatchEngine.commonAncestor(industries, "384", "384")).isEqualTo("384");
		assertThat(MatchEngine.commonAncestor(industries, "38", "384")).isEqualTo("38");
		assertThat(MatchEngine.commonAncestor(industries, "384", "381")).isEqualTo("38");
		assertThat(MatchEngine.commonAncestor(industries, "C", "384")).isEqualTo("C");
		assertThat(MatchEngine.commonAncestor(industries, "384", "266")).isEqualTo("C");
		// agriculture (A) and manufacturing (C) share nothing
		assertThat(MatchEngine.commonAncestor(industries, "01", "384")).isNull();
		assertThat(MatchEngine.commonAncestor(industries, null, "384")).isNull();
		assertThat(MatchEngine.commonAncestor(industries, "no-such", "384")).isNull();
	}

	@Test
	void explainsCodesTrlPriceRegionAndAge() {
		NeedQuery need = new NeedQuery("锂电池回收", "正极材料回收", List.of(), "384", "48020", "330102", 5, null,
				new BigDecimal("80"), LocalDate.of(2026, 1, 1));
		Match m = engine.match(need, 5).stream().filter(x -> x.key().equals("1")).findFirst().orElseThrow();
		MatchExplanation why = m.why();
		assertThat(why.sharedIndustry()).isEqualTo("384");
		assertThat(why.sharedDiscipline()).isEqualTo("48020");
		assertThat(why.trlFit()).isEqualTo(MatchExplanation.TrlFit.MEETS);
		assertThat(why.priceFit()).isEqualTo(MatchExplanation.PriceFit.WITHIN);
		assertThat(why.regionFit()).isEqualTo(MatchExplanation.RegionFit.SAME_CITY);
		assertThat(why.ageDays()).isEqualTo(214L);

		Match battery = engine.match(need, 5).stream().filter(x -> x.key().equals("4")).findFirst().orElseThrow();
		assertThat(battery.why().trlFit()).isEqualTo(MatchExplanation.TrlFit.BELOW);
		assertThat(battery.why().priceFit()).isEqualTo(MatchExplanation.PriceFit.NEGOTIABLE);
		assertThat(battery.why().regionFit()).isEqualTo(MatchExplanation.RegionFit.SAME_CITY);

		NeedQuery small = new NeedQuery("印染废水絮凝剂", "印染废水处理", List.of(), null, null, "330102", null, null,
				new BigDecimal("100"), null);
		Match dye = engine.match(small, 1).get(0);
		assertThat(dye.key()).isEqualTo("3");
		assertThat(dye.why().priceFit()).isEqualTo(MatchExplanation.PriceFit.ABOVE);
		assertThat(dye.why().regionFit()).isEqualTo(MatchExplanation.RegionFit.ELSEWHERE);
	}

	@Test
	void structuredFitChangesTheScoreByItsWeights() {
		NeedQuery plain = NeedQuery.ofText("锂电池回收", "正极材料回收");
		NeedQuery fitting = new NeedQuery("锂电池回收", "正极材料回收", List.of(), "384", null, "330106", 5, null,
				new BigDecimal("100"), null);
		double base = score(plain, "1");
		double fit = score(fitting, "1");
		MatchWeights w = engine.weights();
		// industry shared in full, TRL meets, price within, same city
		assertThat(fit - base).isCloseTo(w.industryWeight() + w.trlWeight() + w.priceWeight() + w.regionWeight(),
				org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void strongOnlyAtOrAboveTheThreshold() {
		MatchEngine strict = new MatchEngine(index, weights(Map.of("otm.matching.strong-threshold", "5")), CODES, clock);
		assertThat(strict.match(NeedQuery.ofText("锂电池回收", "正极材料回收"), 3)).isNotEmpty().noneMatch(Match::strong);
		MatchEngine lenient = new MatchEngine(index, weights(Map.of("otm.matching.strong-threshold", "0")), CODES, clock);
		assertThat(lenient.match(NeedQuery.ofText("锂电池回收", "正极材料回收"), 3)).isNotEmpty().allMatch(Match::strong);
	}

	@Test
	void preferencesNeverMakeAMatchStrongButAnUnmetRequirementCanUnmakeIt() {
		MatchWeights w = engine.weights();
		double evidence = score(new NeedQuery("锂电池回收", "正极材料回收", List.of(), "384", null, null, null, null, null, null),
				"1");
		// industry shared, TRL met, price within, same city: the last three add to the score but not to its strength
		NeedQuery fitting = new NeedQuery("锂电池回收", "正极材料回收", List.of(), "384", null, "330106", 5, null,
				new BigDecimal("100"), null);
		MatchEngine above = new MatchEngine(index, weights(Map.of("otm.matching.strong-threshold",
				String.valueOf(evidence + 0.001))), CODES, clock);
		Match m = above.match(fitting, 5).stream().filter(x -> x.key().equals("1")).findFirst().orElseThrow();
		assertThat(m.score()).isGreaterThan(evidence + 0.001);
		assertThat(m.strong()).isFalse();
		MatchEngine at = new MatchEngine(index, weights(Map.of("otm.matching.strong-threshold",
				String.valueOf(evidence - 0.001))), CODES, clock);
		assertThat(at.match(fitting, 5).stream().filter(x -> x.key().equals("1")).findFirst().orElseThrow().strong())
			.isTrue();
		// a TRL the achievement does not reach takes it below the threshold
		NeedQuery demanding = new NeedQuery("锂电池回收", "正极材料回收", List.of(), "384", null, null, 9, null, null, null);
		Match below = at.match(demanding, 5).stream().filter(x -> x.key().equals("1")).findFirst().orElseThrow();
		assertThat(below.why().trlFit()).isEqualTo(MatchExplanation.TrlFit.BELOW);
		assertThat(below.score()).isCloseTo(evidence - w.trlWeight(), org.assertj.core.api.Assertions.within(1e-9));
		assertThat(below.strong()).isFalse();
	}

	@Test
	void wordsNoAchievementContainsLowerTheTextScoreButNotTheOrder() {
		NeedQuery known = NeedQuery.ofText("锂电池回收", "正极材料回收");
		// the same text plus title words no achievement contains: the same order, a lower share covered
		NeedQuery partlyUnknown = NeedQuery.ofText("锂电池回收 宠物膨润土", "正极材料回收");
		List<Match> a = engine.match(known, 10);
		List<Match> b = engine.match(partlyUnknown, 10);
		assertThat(b).extracting(Match::key).isEqualTo(a.stream().map(Match::key).toList());
		assertThat(b.get(0).why().textScore()).isLessThan(a.get(0).why().textScore());
	}

	@Test
	void theProductionSearchFindsExactlyWhatScoringEveryDocumentFinds() {
		// 12,000 achievements of a skewed technical vocabulary in several segments: frequent terms have postings blocks
		// with impacts (> 128 documents), so the search skips documents and blocks, and score windows matter (> 4,096
		// documents per segment). The same documents go into a second index whose searches are split over two threads.
		java.util.Random random = new java.util.Random(11);
		try (MatchIndex large = MatchIndex.inMemory(1.2, 0.75, false); MatchIndex split = MatchIndex.inMemory(1.2, 0.75, 2, 0)) {
			for (int i = 0; i < 12_000; i++) {
				// runs of 300 documents on one topic, its word repeated: a term's best score differs from block to block,
				// so a maximum taken over too few documents would skip documents that belong in the top
				String topic = VOCABULARY[20 + (i / 300) % 60].repeat(1 + random.nextInt(4));
				MatchDocument d = new MatchDocument("s" + i, i + 1, text(random, 3 + random.nextInt(4)),
						text(random, 20 + random.nextInt(40)) + topic, text(random, 2), "384", null, null, 1 + random.nextInt(9),
						null, null, true, null);
				large.put(d);
				split.put(d);
				if (i % 5_000 == 4_999) {
					large.commit();
					split.commit();
				}
			}
			large.commit();
			split.commit();
			assertThat(large.segments()).isGreaterThan(1);
			assertThat(large.searchSlices()).isEqualTo(1);
			assertThat(split.searchSlices()).isEqualTo(2);
			MatchWeights defaults = weights(Map.of());
			MatchEngine production = new MatchEngine(large, defaults, CODES, clock);
			MatchEngine everyDocument = new MatchEngine(large, defaults, CODES, clock, true);
			MatchEngine splitProduction = new MatchEngine(split, defaults, CODES, clock);
			int compared = 0;
			List<List<Match>> results = new java.util.ArrayList<>();
			List<NeedQuery> needs = new java.util.ArrayList<>();
			for (int q = 0; q < 150; q++) {
				NeedQuery need = NeedQuery.ofText(text(random, 2 + random.nextInt(4)), text(random, 10 + random.nextInt(60)));
				needs.add(need);
				List<Match> expected = everyDocument.match(need, 20);
				results.add(expected);
				List<Match> actual = production.match(need, 20);
				assertThat(actual).extracting(Match::key).as("need %d", q).isEqualTo(expected.stream().map(Match::key).toList());
				assertThat(actual).extracting(Match::score).as("need %d", q)
					.isEqualTo(expected.stream().map(Match::score).toList());
				// each part skips by the minimum score the parts share: still exactly the same matches
				assertThat(splitProduction.match(need, 20)).as("need %d, split search", q).isEqualTo(actual);
				compared += expected.size();
			}
			assertThat(compared).isEqualTo(150 * 20);

			// merged into one segment (as after a rebuild): the same statistics, so the same matches
			large.compact();
			assertThat(large.segments()).isEqualTo(1);
			// and into one segment per search thread, each searched on its own
			split.compact();
			assertThat(split.segments()).isEqualTo(2);
			assertThat(split.searchSlices()).isEqualTo(2);
			for (int q = 0; q < 30; q++) {
				assertThat(production.match(needs.get(q), 20)).isEqualTo(results.get(q));
				assertThat(splitProduction.match(needs.get(q), 20)).isEqualTo(results.get(q));
			}
		}
	}

	/** Technical words, frequent ones first: drawn with a skew so that document frequencies range from a few to most. */
	private static final String[] VOCABULARY = ("技术 系统 材料 设备 方法 控制 检测 智能 工艺 装置 数据 生产 能源 环保 新型 高效 "
			+ "电池 传感器 算法 机器人 芯片 光伏 储能 涂层 复合 纳米 催化剂 膜分离 废水 污泥 固废 回收 锂电池 正极 负极 电解液 隔膜 "
			+ "氢能 燃料电池 电机 变频器 减速器 轴承 齿轮 液压 数控 激光 焊接 注塑 模具 铸造 锻造 热处理 表面处理 陶瓷 玻璃 纤维 "
			+ "碳纤维 石墨烯 聚合物 树脂 橡胶 生物 发酵 酶制剂 疫苗 抗体 中药 提取 茶叶 水稻 育种 养殖 饲料 农药 化肥 土壤 灌溉 "
			+ "无人机 遥感 导航 通信 天线 射频 光纤 服务器 区块链 云计算 边缘计算 图像识别 语音识别 自然语言 视觉检测 缺陷检测 "
			+ "振动 噪声 温度 湿度 压力 流量 精度 寿命 能耗 成本 效率 安全 可靠性 标准化 模块化 轻量化 柔性 透明 导电 阻燃 防腐 "
			+ "耐磨 降解 吸附 过滤 萃取 蒸馏 结晶 干燥 粉碎 包装 物流 仓储 溯源 监测 预警 诊断 运维 巡检 装配 分拣").split(" ");

	private static String text(java.util.Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			double u = random.nextDouble();
			text.append(VOCABULARY[(int) (VOCABULARY.length * u * u * u)]).append(i % 7 == 6 ? "。" : "");
		}
		return text.toString();
	}

	@Test
	void nothingInCommonGivesNoMatches() {
		assertThat(engine.match(NeedQuery.ofText("量子通信", "单光子探测器"), 10)).isEmpty();
	}

	@Test
	void similarAchievementsExcludeTheAchievementItself() {
		List<Match> similar = engine.similar("1", 3);
		assertThat(similar).extracting(Match::key).doesNotContain("1");
		assertThat(similar.get(0).key()).isEqualTo("4");
		assertThat(engine.similar("no-such", 3)).isEmpty();
	}

	private double score(NeedQuery need, String key) {
		return engine.match(need, 10).stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow().score();
	}

	private static MatchDocument doc(String key, String title, String fields, String description, String industry,
			String discipline, String region, Integer trl, String priceMin, String priceMax, LocalDate published) {
		return new MatchDocument(key, Long.parseLong(key), title, description, fields, industry, discipline, region, trl,
				priceMin == null ? null : new BigDecimal(priceMin), priceMax == null ? null : new BigDecimal(priceMax),
				priceMin == null, published);
	}
}
