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
	void theSeedQueryChangesNothingButSpeed() {
		// a corpus of 300 achievements made of recombined phrases, so that a long need has far more than 16 clauses
		String[] subjects = { "锂电池", "正极材料", "茶叶嫩芽", "印染废水", "絮凝剂", "视觉识别", "梯次利用", "采摘机器人", "湿法回收", "储能系统" };
		String[] verbs = { "回收", "检测", "分选", "处理", "识别", "优化", "控制", "评估" };
		java.util.Random random = new java.util.Random(7);
		List<MatchDocument> docs = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = 0; k < 6; k++) {
				text.append(subjects[random.nextInt(subjects.length)]).append(verbs[random.nextInt(verbs.length)]).append("，");
			}
			docs.add(new MatchDocument("s" + i, 1000 + i, subjects[random.nextInt(subjects.length)] + verbs[random.nextInt(verbs.length)]
					+ "技术" + i, text.toString(), "", "384", null, null, 5, null, null, true, null));
		}
		try (MatchIndex large = MatchIndex.inMemory(1.2, 0.75, false)) {
			large.putAll(docs);
			NeedQuery need = NeedQuery.ofText("锂电池正极材料湿法回收与梯次利用检测",
					"需要废旧锂电池正极材料湿法回收、储能系统梯次利用分选评估和视觉识别检测，印染废水絮凝剂处理优化，茶叶嫩芽采摘机器人控制。");
			// every term kept (no document-frequency cut), so the four seed clauses alone find more than 50 documents
			MatchWeights all = weights(Map.of("otm.matching.max-document-frequency", "1.0"));
			List<Match> plain = new MatchEngine(large, all, CODES, clock, 0).match(need, 20);
			List<Match> seeded = new MatchEngine(large, all, CODES, clock, 4).match(need, 20);
			assertThat(plain).hasSize(20);
			assertThat(seeded).extracting(Match::key).isEqualTo(plain.stream().map(Match::key).toList());
			assertThat(seeded).extracting(Match::score).isEqualTo(plain.stream().map(Match::score).toList());
		}
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
