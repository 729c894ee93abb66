package org.opentechmarket.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.opentechmarket.achievement.transfer.AchievementTransfer;
import org.opentechmarket.achievement.transfer.ImportRequest;
import org.opentechmarket.achievement.transfer.TransferFormat;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Harness, not a test: does the character-bigram field help? Imports the 2,812 real listings, then runs the 74 development
 * needs of ../shared/data/benchmarks/matching-dev as ranked queries (title + description, any term) with and without the
 * bigram fields, and prints nDCG@10 (gain 2^grade − 1, queries with a grade ≥ 1) and recall@100 (grade ≥ 1) for each.
 *
 * <pre>./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=SearchQualityBenchmark</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "otm.data-dir=${otm.bench.data-dir:target/bench-quality}", "otm.demo=off",
				"otm.scheduling.enabled=false", "otm.admin.password=bench-password" })
class SearchQualityBenchmark {

	private static final Path DATA = Path.of("..", "shared", "data");

	@Autowired
	CatalogueSearch search;

	@Autowired
	AchievementTransfer transfer;

	@Autowired
	AchievementRepository achievements;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JsonMapper json;

	@Test
	void bigramFieldEffect() throws IOException {
		Path corpus = DATA.resolve("zjmarket/achievements.jsonl");
		Path queries = DATA.resolve("benchmarks/matching-dev/queries.jsonl");
		Path qrels = DATA.resolve("benchmarks/matching-dev/qrels.tsv");
		Assumptions.assumeTrue(Files.exists(corpus) && Files.exists(queries), "../shared/data is not here");
		CurrentUser admin = accounts.loadUser("admin").orElseThrow();
		if (achievements.count() < 2812) {
			transfer.importAndWait(admin, new ImportRequest(TransferFormat.ZJMARKET, "achievements.jsonl", null, false, null,
					null), Files.readAllBytes(corpus), job -> {
					});
		}
		Map<Long, String> externalIds = new HashMap<>();
		achievements.findAll().forEach(a -> {
			if (a.getExternalId() != null) {
				externalIds.put(a.getId(), a.getExternalId().replace("zjmarket:", ""));
			}
		});
		Map<String, Map<String, Integer>> grades = new HashMap<>();
		for (String line : Files.readAllLines(qrels)) {
			String[] f = line.trim().split("\\s+");
			if (f.length == 4) {
				grades.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
			}
		}
		List<JsonNode> needs = new ArrayList<>();
		for (String line : Files.readAllLines(queries)) {
			if (!line.isBlank()) {
				needs.add(json.readTree(line));
			}
		}
		for (boolean bigrams : new boolean[] { false, true }) {
			double ndcg = 0;
			double recall = 0;
			int judged = 0;
			for (JsonNode need : needs) {
				Map<String, Integer> g = grades.getOrDefault(need.get("id").asString(), Map.of());
				long relevant = g.values().stream().filter(v -> v >= 1).count();
				if (relevant == 0) {
					continue;
				}
				judged++;
				String text = need.get("title").asString() + " " + need.get("description").asString();
				List<Achievement> hits = search.search(CatalogueSearch.Query.ranked(text, 100, bigrams)).items();
				List<String> ranked = hits.stream().map(a -> externalIds.getOrDefault(a.getId(), "?")).toList();
				ndcg += ndcg(ranked, g, 10);
				recall += (double) ranked.stream().filter(id -> g.getOrDefault(id, 0) >= 1).count() / relevant;
			}
			System.out.printf("SEARCH-QUALITY bigrams=%s queries=%d nDCG@10=%.3f recall@100=%.3f%n", bigrams, judged,
					ndcg / judged, recall / judged);
		}
	}

	private static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}
}
