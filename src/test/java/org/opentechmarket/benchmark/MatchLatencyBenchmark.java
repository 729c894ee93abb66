package org.opentechmarket.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchDocument;
import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchIndex;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Harness, not a test: need → top-20 achievements with the production engine and default weights on a match index of N
 * synthetic achievements (titles and description sentences of the real zjmarket listings recombined, as bench/GenerateCorpus
 * does; codes, TRL and prices drawn at random; seed 42). The index is built once under {@code otm.bench.matching.dir}
 * (default {@code bench-data/matching-N}) and reused while it holds N documents. It is opened as the platform opens it, its
 * searches split over one thread per processor (at most 4; {@code -Dotm.bench.matching.threads=1}: one thread), and like the
 * platform's rebuild it is then merged into one segment per thread ({@code -Dotm.bench.matching.compact=false} measures the
 * segments as they are, and leaves them). Queries are the 1,729 real needs of
 * ../shared/data/zjmarket/needs.jsonl (title and description, as the need page sends them): the first 200 warm up, the
 * other 1,529 are measured one at a time; prints p50, p90, p99 and max in milliseconds.
 *
 * <pre>
 * ./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=MatchLatencyBenchmark -Dotm.bench.matching.size=100000
 * ./mvnw test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=MatchLatencyBenchmark -Dotm.bench.matching.size=1000000
 * </pre>
 *
 * {@link #main} runs the same outside Maven (docs/benchmarks.md: how, with the test classpath).
 */
@Tag("benchmark")
class MatchLatencyBenchmark {

	private static final Path DATA = Path.of("..", "shared", "data", "zjmarket");
	static final int WARM_UP = 200;

	@Test
	void needToTop20Latency() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared/data is not here");
		run();
	}

	public static void main(String[] args) throws IOException {
		run();
	}

	static void run() throws IOException {
		int size = Integer.getInteger("otm.bench.matching.size", 100_000);
		// the defaults, or -Dotm.matching.…=… to measure another setting
		Map<String, String> overrides = new java.util.HashMap<>();
		System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("otm.matching."))
			.forEach(k -> overrides.put(k, System.getProperty(k)));
		MatchWeights weights = new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("otm.matching",
				MatchWeights.class);
		Path dir = Path.of(System.getProperty("otm.bench.matching.dir", "bench-data/matching-" + size));
		// as the platform opens it (otm.matching.service.search-threads: one per processor, at most 4), or
		// -Dotm.bench.matching.threads=1 for the search on one thread
		int threads = Integer.getInteger("otm.bench.matching.threads", Math.min(4, Runtime.getRuntime().availableProcessors()));
		try (MatchIndex index = MatchIndex.open(dir, weights.k1(), weights.b(), threads)) {
			if (index.size() != size) {
				index.deleteAll();
				long started = System.nanoTime();
				generate(size, index);
				index.commit();
				System.out.printf("indexed %,d achievements in %.0f s%n", size, (System.nanoTime() - started) / 1e9);
			}
			if (index.segments() < threads) {
				System.out.printf("the index has %d segment(s) for %d search threads: a search is split only as far as there are"
						+ " segments (delete %s to build it again)%n", index.segments(), threads, dir);
			}
			if (index.segments() > threads) {
				// as the platform's rebuild leaves the index (MatchIndex.compact); -Dotm.bench.matching.compact=false keeps
				// the segments of a bulk write to measure them
				if (Boolean.parseBoolean(System.getProperty("otm.bench.matching.compact", "true"))) {
					long started = System.nanoTime();
					int before = index.segments();
					index.compact();
					System.out.printf("merged %d segments into %d in %.0f s%n", before, index.segments(),
							(System.nanoTime() - started) / 1e9);
				}
			}
			MatchEngine engine = new MatchEngine(index, weights, new CodeTables(), Clock.systemUTC());
			List<NeedQuery> needs = new ArrayList<>();
			for (JsonNode n : lines(DATA.resolve("needs.jsonl"))) {
				needs.add(NeedQuery.ofText(n.get("title").asString(), n.get("description").asString()));
			}
			for (int i = 0; i < WARM_UP; i++) {
				engine.match(needs.get(i), 20);
			}
			long[] nanos = new long[needs.size() - WARM_UP];
			long[] cpu = new long[nanos.length];
			// CPU time of the query's own thread and of the index's search threads (a split search works on both)
			java.lang.management.ThreadMXBean threadTimes = java.lang.management.ManagementFactory.getThreadMXBean();
			long[] working = java.util.stream.LongStream.concat(java.util.stream.LongStream.of(Thread.currentThread().getId()),
					Thread.getAllStackTraces().keySet().stream().filter(th -> th.getName().startsWith("match-search-"))
						.mapToLong(Thread::getId))
				.toArray();
			for (int i = 0; i < nanos.length; i++) {
				NeedQuery need = needs.get(WARM_UP + i);
				long c = cpuTime(threadTimes, working);
				long t = System.nanoTime();
				engine.match(need, 20);
				nanos[i] = System.nanoTime() - t;
				cpu[i] = cpuTime(threadTimes, working) - c;
			}
			Arrays.sort(nanos);
			Arrays.sort(cpu);
			// wall clock is what a user waits; CPU time is what the query costs, less disturbed by other work on a shared
			// machine
			System.out.printf(
					"MATCH-LATENCY need -> top-20 on %,d achievements, %,d needs: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
							+ " (CPU p50 %.1f ms, p99 %.1f ms) rerank-depth %d, %d segment(s), %d slice(s) on up to %d thread(s)%n",
					index.size(), nanos.length, percentile(nanos, 50) / 1e6, percentile(nanos, 90) / 1e6,
					percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6, percentile(cpu, 50) / 1e6,
					percentile(cpu, 99) / 1e6, weights.rerankDepth(), index.segments(), index.searchSlices(), threads);
		}
	}

	private static long cpuTime(java.lang.management.ThreadMXBean threads, long[] ids) {
		long sum = 0;
		for (long id : ids) {
			sum += Math.max(0, threads.getThreadCpuTime(id));
		}
		return sum;
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static void generate(int size, MatchIndex index) throws IOException {
		List<String> titles = new ArrayList<>();
		List<String> sentences = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (JsonNode n : lines(DATA.resolve("achievements.jsonl"))) {
			titles.add(n.get("title").asString());
			fields.add(n.get("industry").asString().replace('-', ' '));
			for (String s : n.get("description").asString().split("(?<=[。；！？])")) {
				if (s.length() > 8) {
					sentences.add(s);
				}
			}
		}
		CodeTables codes = new CodeTables();
		List<String> industries = codes.industries().all().stream().map(CodeTables.Code::code).toList();
		List<String> disciplines = codes.disciplines().all().stream().map(CodeTables.Code::code).toList();
		List<String> regions = codes.regions().all().stream().map(CodeTables.Code::code).toList();
		Random random = new Random(42);
		for (int i = 0; i < size; i++) {
			String a = titles.get(random.nextInt(titles.size()));
			String b = titles.get(random.nextInt(titles.size()));
			String title = a.substring(0, a.length() / 2) + b.substring(b.length() / 2);
			StringBuilder description = new StringBuilder();
			for (int s = 3 + random.nextInt(4); s > 0; s--) {
				description.append(sentences.get(random.nextInt(sentences.size())));
			}
			boolean negotiable = random.nextInt(10) < 8;
			java.math.BigDecimal min = negotiable ? null : java.math.BigDecimal.valueOf(10 + random.nextInt(500));
			index.put(new MatchDocument("b" + i, i + 1, title, description.toString(), fields.get(random.nextInt(fields.size())),
					industries.get(random.nextInt(industries.size())), disciplines.get(random.nextInt(disciplines.size())),
					regions.get(random.nextInt(regions.size())), 1 + random.nextInt(9), min,
					min == null ? null : min.multiply(java.math.BigDecimal.valueOf(2)), negotiable,
					LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9600))));
		}
	}

	private static List<JsonNode> lines(Path file) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> nodes = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					nodes.add(json.readTree(line));
				}
			}
		}
		return nodes;
	}
}
