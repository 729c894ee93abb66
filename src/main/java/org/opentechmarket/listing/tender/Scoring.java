package org.opentechmarket.listing.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The published scoring of a tender (docs/architecture.md §Tenders). Only offers that passed the technical review are ranked.
 * <ul>
 * <li>Price score, lowest-price method for a buyer's tender: {@code lowest ÷ price × priceWeight}; highest-price method for a
 * seller's tender: {@code price ÷ highest × priceWeight} — the best price gets the whole price weight, the others in
 * proportion; the benchmark is the best price among the ranked offers.</li>
 * <li>Technical part: {@code panel score (0–100) × (100 − priceWeight) ÷ 100}.</li>
 * <li>Total = price score + technical part, out of 100. Each is rounded once to two decimals, HALF_UP.</li>
 * <li>Rank: total descending; ties go to the better price, then to the earlier submission.</li>
 * </ul>
 */
public final class Scoring {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scoring() {
	}

	public static BigDecimal priceScore(TenderKind kind, BigDecimal price, BigDecimal benchmark, BigDecimal priceWeight) {
		if (price.signum() <= 0 || benchmark.signum() <= 0) {
			throw new IllegalArgumentException("prices must be positive");
		}
		return kind == TenderKind.BUY ? benchmark.multiply(priceWeight).divide(price, 2, RoundingMode.HALF_UP)
				: price.multiply(priceWeight).divide(benchmark, 2, RoundingMode.HALF_UP);
	}

	public static BigDecimal technicalPart(BigDecimal panelScore, BigDecimal priceWeight) {
		return panelScore.multiply(HUNDRED.subtract(priceWeight)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** An offer with its panel result. */
	public record Entry(long offerId, BigDecimal price, BigDecimal panelScore, boolean passed, Instant submittedAt) {
	}

	/** A ranked offer; offers that failed the technical review are not ranked (no price score, rank null). */
	public record Result(long offerId, BigDecimal priceScore, BigDecimal technicalPart, BigDecimal total, Integer rank) {
	}

	public static List<Result> rank(TenderKind kind, BigDecimal priceWeight, List<Entry> entries) {
		List<Entry> passed = entries.stream().filter(Entry::passed).toList();
		List<Result> results = new ArrayList<>();
		if (!passed.isEmpty()) {
			Comparator<BigDecimal> better = kind == TenderKind.BUY ? Comparator.naturalOrder() : Comparator.reverseOrder();
			BigDecimal benchmark = passed.stream().map(Entry::price).min(better).orElseThrow();
			List<Result> scored = new ArrayList<>();
			for (Entry e : passed) {
				BigDecimal p = priceScore(kind, e.price(), benchmark, priceWeight);
				BigDecimal t = technicalPart(e.panelScore(), priceWeight);
				scored.add(new Result(e.offerId(), p, t, p.add(t), null));
			}
			java.util.Map<Long, Entry> byId = new java.util.HashMap<>();
			passed.forEach(e -> byId.put(e.offerId(), e));
			scored.sort(Comparator.comparing(Result::total, Comparator.reverseOrder())
				.thenComparing(r -> byId.get(r.offerId()).price(), better)
				.thenComparing(r -> byId.get(r.offerId()).submittedAt()));
			for (int i = 0; i < scored.size(); i++) {
				Result r = scored.get(i);
				results.add(new Result(r.offerId(), r.priceScore(), r.technicalPart(), r.total(), i + 1));
			}
		}
		for (Entry e : entries) {
			if (!e.passed()) {
				results.add(new Result(e.offerId(), null, e.panelScore() == null ? null
						: technicalPart(e.panelScore(), priceWeight), null, null));
			}
		}
		return results;
	}
}
