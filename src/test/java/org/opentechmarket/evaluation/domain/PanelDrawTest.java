package org.opentechmarket.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The draw: reproducible from seed and snapshot, tiers first, weights spread the load. */
class PanelDrawTest {

	private static List<PanelDraw.Candidate> pool(int n) {
		List<PanelDraw.Candidate> out = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			out.add(new PanelDraw.Candidate(100 + i, PanelDraw.weightFor(i % 4), 1 + i % 3));
		}
		return out;
	}

	@Test
	void sameSeedSameCandidatesSamePanel() {
		List<PanelDraw.Candidate> candidates = pool(20);
		for (long seed : new long[] { 0, 1, -1, 42, 9_007_199_254_740_991L, -9_007_199_254_740_991L }) {
			assertThat(PanelDraw.draw(seed, candidates, 5)).isEqualTo(PanelDraw.draw(seed, candidates, 5));
		}
	}

	@Test
	void candidateOrderInTheSnapshotDoesNotMatter() {
		List<PanelDraw.Candidate> candidates = pool(30);
		List<PanelDraw.Candidate> shuffled = new ArrayList<>(candidates);
		Collections.shuffle(shuffled, new java.util.Random(7));
		assertThat(PanelDraw.draw(123456789L, shuffled, 7)).isEqualTo(PanelDraw.draw(123456789L, candidates, 7));
	}

	@Test
	void aKnownSeedGivesAKnownPanel() {
		// pinned: a change to the algorithm would make recorded draws unverifiable, so it must show up here
		List<PanelDraw.Candidate> candidates = List.of(new PanelDraw.Candidate(1, BigDecimal.ONE, 1),
				new PanelDraw.Candidate(2, BigDecimal.ONE, 1), new PanelDraw.Candidate(3, BigDecimal.ONE, 1),
				new PanelDraw.Candidate(4, BigDecimal.ONE, 1), new PanelDraw.Candidate(5, BigDecimal.ONE, 1));
		List<Long> first = PanelDraw.draw(2026L, candidates, 3);
		// recompute by hand with the specified algorithm: keys ln(u)/w for ids in order from SplittableRandom(seed)
		SplittableRandom random = new SplittableRandom(2026L);
		Map<Long, Double> keys = new HashMap<>();
		for (long id = 1; id <= 5; id++) {
			keys.put(id, Math.log(random.nextDouble()));
		}
		List<Long> expected = keys.entrySet().stream()
			.sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(first).isEqualTo(expected);
	}

	@Test
	void differentSeedsGiveDifferentPanels() {
		List<PanelDraw.Candidate> candidates = pool(40);
		long distinct = java.util.stream.LongStream.range(0, 50)
			.mapToObj(seed -> PanelDraw.draw(seed, candidates, 3))
			.distinct()
			.count();
		assertThat(distinct).isGreaterThan(30);
	}

	@Test
	void lowerTiersOnlyFillWhatTheFirstCannot() {
		List<PanelDraw.Candidate> candidates = List.of(new PanelDraw.Candidate(1, BigDecimal.ONE, 3),
				new PanelDraw.Candidate(2, BigDecimal.ONE, 1), new PanelDraw.Candidate(3, BigDecimal.ONE, 2),
				new PanelDraw.Candidate(4, BigDecimal.ONE, 3), new PanelDraw.Candidate(5, BigDecimal.ONE, 2));
		for (long seed = 0; seed < 200; seed++) {
			List<Long> panel = PanelDraw.draw(seed, candidates, 2);
			assertThat(panel).as("seed %d", seed).hasSize(2).contains(2L);
			assertThat(panel.get(1)).as("seed %d", seed).isIn(3L, 5L);
		}
		assertThat(PanelDraw.draw(5, candidates, 9)).hasSize(5);
	}

	@Test
	void weightsSpreadTheLoad() {
		// one expert invited 3 times recently (weight 1/4) against four fresh ones (weight 1): drawing 1 of 5 many times,
		// the busy one is drawn about 1/17 of the time (0.25 / 4.25), the others about 4/17 each
		List<PanelDraw.Candidate> candidates = new ArrayList<>();
		candidates.add(new PanelDraw.Candidate(1, PanelDraw.weightFor(3), 1));
		for (long id = 2; id <= 5; id++) {
			candidates.add(new PanelDraw.Candidate(id, PanelDraw.weightFor(0), 1));
		}
		Map<Long, Integer> counts = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(99);
		int draws = 20_000;
		for (int i = 0; i < draws; i++) {
			long seed = PanelDraw.newSeed(seeds);
			counts.merge(PanelDraw.draw(seed, candidates, 1).get(0), 1, Integer::sum);
		}
		double busy = counts.getOrDefault(1L, 0) / (double) draws;
		assertThat(busy).isBetween(0.045, 0.075);
		for (long id = 2; id <= 5; id++) {
			assertThat(counts.get(id) / (double) draws).as("expert %d", id).isBetween(0.215, 0.255);
		}
	}

	@Test
	void loadIsSpreadOverRepeatedReviews() {
		// 200 simulations of 40 reviews of 3 from 10 equal experts: weighting each draw by the invitations so far narrows
		// the gap between the busiest and the least busy expert compared with unweighted draws on the same seeds
		double weighted = meanSpread(true);
		double unweighted = meanSpread(false);
		assertThat(weighted).as("weighted %.2f vs unweighted %.2f", weighted, unweighted).isLessThan(unweighted * 0.75);
	}

	private static double meanSpread(boolean weighted) {
		SplittableRandom seeds = new SplittableRandom(2026);
		List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 10).boxed().toList();
		int total = 0;
		int simulations = 200;
		for (int s = 0; s < simulations; s++) {
			Map<Long, Integer> load = new HashMap<>();
			for (int review = 0; review < 40; review++) {
				List<PanelDraw.Candidate> candidates = ids.stream()
					.map(id -> new PanelDraw.Candidate(id,
							weighted ? PanelDraw.weightFor(load.getOrDefault(id, 0)) : BigDecimal.ONE, 1))
					.toList();
				for (Long pick : PanelDraw.draw(PanelDraw.newSeed(seeds), candidates, 3)) {
					load.merge(pick, 1, Integer::sum);
				}
			}
			List<Integer> counts = ids.stream().map(id -> load.getOrDefault(id, 0)).toList();
			total += Collections.max(counts) - Collections.min(counts);
		}
		return total / (double) simulations;
	}

	@Test
	void weightRoundsToSixDecimals() {
		assertThat(PanelDraw.weightFor(0)).isEqualByComparingTo("1");
		assertThat(PanelDraw.weightFor(2)).isEqualByComparingTo("0.333333");
		assertThat(PanelDraw.weightFor(-5)).isEqualByComparingTo("1");
	}

	@Test
	void seedsStayWithinJsonSafeIntegers() {
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 10_000; i++) {
			long seed = PanelDraw.newSeed(random);
			assertThat(Math.abs(seed)).isLessThan(PanelDraw.SEED_BOUND);
		}
		assertThatThrownBy(() -> PanelDraw.draw(PanelDraw.SEED_BOUND, pool(3), 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRecordedDrawReplaysFromItsStoredSnapshot() {
		List<ReviewDraw.DrawCandidate> stored = List.of(new ReviewDraw.DrawCandidate(11, "a", PanelDraw.weightFor(0), 1, 0),
				new ReviewDraw.DrawCandidate(12, "b", PanelDraw.weightFor(2), 1, 2),
				new ReviewDraw.DrawCandidate(13, "c", PanelDraw.weightFor(1), 2, 1),
				new ReviewDraw.DrawCandidate(14, "d", PanelDraw.weightFor(0), 3, 0));
		long seed = -4_503_599_627_370_496L;
		List<PanelDraw.Candidate> live = stored.stream()
			.map(c -> new PanelDraw.Candidate(c.getExpertUserId(), c.getWeight(), c.getTier()))
			.toList();
		List<Long> picks = PanelDraw.draw(seed, live, 2);
		ReviewDraw draw = new ReviewDraw(1, 0, seed, 2, java.time.Instant.EPOCH, "initial", stored, List.of(), picks);
		assertThat(PanelDraw.draw(draw.getSeed(), draw.snapshot(), draw.getNeeded())).isEqualTo(draw.getPicks());
		assertThat(draw.usernameOf(picks.get(0))).isIn("a", "b");
	}
}
