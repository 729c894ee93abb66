package org.opentechmarket.institution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.institution.RankingTerm;

/**
 * The published ranking formula, pure: score = Σ weight_t × value_t ÷ max_t × 100 over the terms, where max_t is the
 * largest value of the term among the ranked institutions (a term whose max is 0 adds 0). Highest score first, ties by name.
 */
public final class RankingFormula {

	private static final int SCALE = 10;

	private RankingFormula() {
	}

	public record Candidate(long organisationId, String name) {
	}

	public record Row(int rank, long organisationId, String name, Map<RankingTerm, BigDecimal> values, BigDecimal score) {
	}

	/**
	 * @param values per term, organisation id → value (missing organisations and missing terms count 0)
	 */
	public static List<Row> rank(List<Candidate> candidates, Map<RankingTerm, BigDecimal> weights,
			Map<RankingTerm, Map<Long, BigDecimal>> values) {
		Map<RankingTerm, BigDecimal> max = new EnumMap<>(RankingTerm.class);
		for (RankingTerm term : RankingTerm.values()) {
			BigDecimal m = BigDecimal.ZERO;
			for (Candidate c : candidates) {
				m = m.max(value(values, term, c.organisationId()));
			}
			max.put(term, m);
		}
		record Scored(Candidate candidate, Map<RankingTerm, BigDecimal> values, BigDecimal score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Candidate c : candidates) {
			Map<RankingTerm, BigDecimal> own = new EnumMap<>(RankingTerm.class);
			BigDecimal score = BigDecimal.ZERO;
			for (RankingTerm term : RankingTerm.values()) {
				BigDecimal v = value(values, term, c.organisationId());
				own.put(term, v);
				BigDecimal m = max.get(term);
				if (m.signum() > 0) {
					BigDecimal weight = weights.getOrDefault(term, BigDecimal.ZERO);
					score = score.add(weight.multiply(v).divide(m, SCALE, RoundingMode.HALF_UP));
				}
			}
			scored.add(new Scored(c, own, score.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)));
		}
		scored.sort(Comparator.comparing(Scored::score).reversed()
			.thenComparing(s -> s.candidate().name())
			.thenComparingLong(s -> s.candidate().organisationId()));
		List<Row> rows = new ArrayList<>();
		for (Scored s : scored) {
			rows.add(new Row(rows.size() + 1, s.candidate().organisationId(), s.candidate().name(), s.values(), s.score()));
		}
		return rows;
	}

	private static BigDecimal value(Map<RankingTerm, Map<Long, BigDecimal>> values, RankingTerm term, long organisation) {
		Map<Long, BigDecimal> byOrganisation = values.get(term);
		BigDecimal v = byOrganisation == null ? null : byOrganisation.get(organisation);
		return v == null || v.signum() < 0 ? BigDecimal.ZERO : v;
	}
}
