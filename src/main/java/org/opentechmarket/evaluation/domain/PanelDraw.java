package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The weighted random draw, reproducible from its inputs: candidates in expert-id order each get an Efraimidis–Spirakis key
 * {@code ln(u) / weight} from one {@link SplittableRandom} seeded with the recorded seed; the highest keys win, tier 1 first
 * (shared discipline root), then tier 2 (shared industry section), then tier 3 (anyone eligible). Same seed + same candidates
 * = same panel, on any machine (SplittableRandom's sequence is specified).
 */
public final class PanelDraw {

	/** Seeds stay within ±2^53 so they survive JSON (JavaScript numbers) exactly. */
	public static final long SEED_BOUND = 1L << 53;

	private PanelDraw() {
	}

	/** A candidate as recorded: expert, weight (> 0, larger = more likely) and tier (1–3). */
	public record Candidate(long expertUserId, BigDecimal weight, int tier) {
	}

	public static List<Long> draw(long seed, List<Candidate> candidates, int needed) {
		if (Math.abs(seed) >= SEED_BOUND) {
			throw new IllegalArgumentException("seed outside ±2^53: " + seed);
		}
		List<Candidate> ordered = new ArrayList<>(candidates);
		ordered.sort(Comparator.comparingLong(Candidate::expertUserId));
		SplittableRandom random = new SplittableRandom(seed);
		record Keyed(Candidate candidate, double key) {
		}
		List<Keyed> keyed = new ArrayList<>();
		for (Candidate c : ordered) {
			double u = random.nextDouble(); // [0, 1): ln(0) = -inf sorts last, as it should
			double w = c.weight().doubleValue();
			if (!(w > 0)) {
				throw new IllegalArgumentException("weight must be positive: " + c);
			}
			keyed.add(new Keyed(c, Math.log(u) / w));
		}
		keyed.sort(Comparator.comparingInt((Keyed k) -> k.candidate().tier())
			.thenComparing(Comparator.comparingDouble(Keyed::key).reversed())
			.thenComparingLong(k -> k.candidate().expertUserId()));
		List<Long> picks = new ArrayList<>();
		for (Keyed k : keyed) {
			if (picks.size() == needed) {
				break;
			}
			picks.add(k.candidate().expertUserId());
		}
		return picks;
	}

	/** Weight from recent load: 1 / (1 + invitations in the window), six decimals (recorded exactly as used). */
	public static BigDecimal weightFor(int recentInvitations) {
		return BigDecimal.ONE.divide(BigDecimal.valueOf(1L + Math.max(0, recentInvitations)), 6, java.math.RoundingMode.HALF_UP);
	}

	/** A new seed within ±2^53. */
	public static long newSeed(java.util.random.RandomGenerator random) {
		return random.nextLong(-SEED_BOUND + 1, SEED_BOUND);
	}
}
