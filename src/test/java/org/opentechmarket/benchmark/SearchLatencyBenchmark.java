package org.opentechmarket.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * Harness, not a test: search latency on a data directory filled by {@code bench/run.sh} (which imports a generated corpus
 * through the command line). Runs catalogue queries exactly as the catalogue page does (first page of 20, all eight facets,
 * highlighting): 2–4 character terms cut from titles in the index, a fifth of them with a facet filter. 300 warm-up queries,
 * then 2,000 measured ones, one at a time; prints p50, p90, p99 and max in milliseconds.
 *
 * <pre>./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=SearchLatencyBenchmark -Dotm.bench.data-dir=bench-data/100000</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "otm.data-dir=${otm.bench.data-dir:bench-data/100000}", "otm.demo=off", "otm.scheduling.enabled=false" })
class SearchLatencyBenchmark {

	@Autowired
	CatalogueSearch search;

	@Autowired
	AchievementRepository achievements;

	@Test
	void catalogueQueryLatency() {
		long total = achievements.count();
		Random random = new Random(7);
		List<String> titles = new ArrayList<>();
		long pages = Math.max(1, total / 200);
		for (int i = 0; i < 50; i++) {
			achievements.findAll(PageRequest.of((int) (random.nextLong(pages)), 200))
				.forEach(a -> titles.add(a.getTitle()));
		}
		String[] sections = { "A", "C", "I", "M", "D" };
		List<CatalogueSearch.Query> queries = new ArrayList<>();
		for (int i = 0; i < 2300; i++) {
			String title = titles.get(random.nextInt(titles.size())).replaceAll("[^\\p{IsHan}]", "");
			if (title.length() < 4) {
				i--;
				continue;
			}
			int length = 2 + random.nextInt(3);
			int start = random.nextInt(title.length() - length + 1);
			String term = title.substring(start, start + length);
			Map<String, String> filters = random.nextInt(5) == 0 ? Map.of("industrySection", sections[random.nextInt(5)])
					: Map.of();
			queries.add(CatalogueSearch.Query.of(term, filters, 0, 20));
		}
		measure("results+facets", queries, true, total);
		measure("results only", queries, false, total);
		measure("facets only", queries, null, total);
	}

	/** @param facets true: one query with results and facets (the API's default); false: results only; null: facets only */
	private void measure(String mode, List<CatalogueSearch.Query> queries, Boolean facets, long total) {
		java.util.function.Function<CatalogueSearch.Query, CatalogueSearch.Query> shape = q -> facets == null
				? new CatalogueSearch.Query(q.q(), q.filters(), 0, 1, true, true, false).withoutHits()
				: new CatalogueSearch.Query(q.q(), q.filters(), 0, 20, true, facets, false);
		long hits = 0;
		for (int i = 0; i < 300; i++) {
			hits += search.search(shape.apply(queries.get(i))).total();
		}
		double[] millis = new double[2000];
		for (int i = 0; i < 2000; i++) {
			CatalogueSearch.Query query = shape.apply(queries.get(300 + i));
			long started = System.nanoTime();
			hits += search.search(query).total();
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("SEARCH-LATENCY %s achievements=%d queries=2000 p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms "
				+ "(mean hits %.0f)%n", mode, total, millis[1000], millis[1800], millis[1980], millis[1999], hits / 2300.0);
	}
}
