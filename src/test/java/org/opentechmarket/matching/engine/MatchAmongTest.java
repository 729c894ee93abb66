package org.opentechmarket.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.platform.CodeTables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Push matches a subscription against only the new achievements ({@link MatchEngine#strongMatchesAmong}); the scores must be the
 * production scores, or the strong-match threshold would mean something else there.
 */
class MatchAmongTest {

	private static final String[] WORDS = { "锂电池", "正极材料", "回收", "茶叶", "采摘", "机器人", "絮凝剂", "废水", "印染", "传感器",
			"激光", "焊接", "视觉", "检测", "涂层", "轴承", "热处理", "发酵", "疫苗", "芯片", "封装", "光伏", "储能", "膜分离" };

	private MatchIndex index;
	private MatchEngine engine;

	@BeforeEach
	void corpus() {
		index = MatchIndex.inMemory(1.2, 0.75, false);
		Random random = new Random(3);
		List<MatchDocument> docs = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			StringBuilder title = new StringBuilder();
			StringBuilder body = new StringBuilder();
			for (int w = 0; w < 3; w++) {
				title.append(WORDS[random.nextInt(WORDS.length)]);
			}
			for (int w = 0; w < 12; w++) {
				body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 4 == 3 ? "。" : "，");
			}
			docs.add(new MatchDocument(String.valueOf(i), i, title.toString(), body.toString(), "", i % 2 == 0 ? "C" : "I",
					null, "330106", 1 + random.nextInt(9), null, null, true, LocalDate.of(2025, 1, 1).plusDays(i)));
		}
		index.putAll(docs);
		// a small vocabulary: every word is in more than 20 % of the documents, so keep common terms in this corpus
		MatchWeights weights = new Binder(new MapConfigurationPropertySource(
				Map.of("otm.matching.max-document-frequency", "1.0"))).bindOrCreate("otm.matching", MatchWeights.class);
		engine = new MatchEngine(index, weights, new CodeTables(),
				Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void scoresAmongASubsetAreTheFullRankingsScores() {
		NeedQuery need = new NeedQuery("锂电池正极材料回收", "需要废旧锂电池正极材料的回收工艺和检测方法。", List.of(), "C", null,
				"330100", 5, null, null, null);
		Map<String, Match> full = engine.match(need, 300).stream()
			.collect(Collectors.toMap(Match::key, Function.identity()));
		assertThat(full).hasSizeGreaterThan(50);
		Set<String> subset = Set.of("5", "17", "42", "99", "150", "151", "222", "299");
		List<Match> among = engine.strongMatchesAmong(need, 20, subset);
		assertThat(among).isNotEmpty();
		assertThat(among).extracting(Match::key).allMatch(subset::contains);
		for (Match m : among) {
			assertThat(m.strong()).isTrue();
			assertThat(full).containsKey(m.key());
			assertThat(m.score()).isEqualTo(full.get(m.key()).score());
			assertThat(m.why().matchedTerms()).isEqualTo(full.get(m.key()).why().matchedTerms());
		}
		// every document of the subset that the full ranking finds strong is found among the subset too
		assertThat(among).extracting(Match::key)
			.containsExactlyInAnyOrderElementsOf(full.values().stream()
				.filter(m -> m.strong() && subset.contains(m.key()))
				.map(Match::key)
				.toList());
		// and the subset has weak matches too, which are left out
		assertThat(full.values().stream().filter(m -> !m.strong() && subset.contains(m.key()))).isNotEmpty();
		// best first
		assertThat(among).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
	}

	@Test
	void anEmptySubsetMatchesNothing() {
		assertThat(engine.strongMatchesAmong(NeedQuery.ofText("锂电池回收", null), 10, Set.of())).isEmpty();
		assertThat(engine.strongMatchesAmong(NeedQuery.ofText("锂电池回收", null), 10, Set.of("no-such-key"))).isEmpty();
	}
}
