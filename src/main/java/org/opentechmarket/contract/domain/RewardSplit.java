package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly registration-service reward pool (seed 000 §8: 0.5 万元 per 1 亿元 of registered 技术交易额) and its split across points
 * in proportion to their registered amounts. Shares are in whole fen and always add up to the pool exactly (largest remainder).
 */
public final class RewardSplit {

	private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

	private RewardSplit() {
	}

	public static BigDecimal pool(BigDecimal technicalAmount, BigDecimal ratePerHundredMillion) {
		return technicalAmount.multiply(ratePerHundredMillion).divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP);
	}

	/** Each key's share of {@code pool}, proportional to its amount; keys keep their order. */
	public static <K> Map<K, BigDecimal> split(BigDecimal pool, Map<K, BigDecimal> amounts) {
		Map<K, BigDecimal> result = new LinkedHashMap<>();
		BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			amounts.keySet().forEach(k -> result.put(k, BigDecimal.ZERO.setScale(2)));
			return result;
		}
		long poolFen = pool.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
		record Part(Object key, long fen, BigDecimal remainder, int order) {
		}
		List<Part> parts = new ArrayList<>();
		long given = 0;
		int order = 0;
		for (Map.Entry<K, BigDecimal> e : amounts.entrySet()) {
			BigDecimal exact = BigDecimal.valueOf(poolFen).multiply(e.getValue()).divide(total, 10, RoundingMode.DOWN);
			long fen = exact.setScale(0, RoundingMode.DOWN).longValueExact();
			parts.add(new Part(e.getKey(), fen, exact.subtract(BigDecimal.valueOf(fen)), order++));
			given += fen;
		}
		List<Part> byRemainder = new ArrayList<>(parts);
		byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::order));
		Map<Object, Long> extra = new LinkedHashMap<>();
		for (int i = 0; i < poolFen - given; i++) {
			extra.merge(byRemainder.get(i % byRemainder.size()).key(), 1L, Long::sum);
		}
		for (Part p : parts) {
			@SuppressWarnings("unchecked")
			K key = (K) p.key();
			result.put(key, BigDecimal.valueOf(p.fen() + extra.getOrDefault(p.key(), 0L)).movePointLeft(2));
		}
		return result;
	}
}
