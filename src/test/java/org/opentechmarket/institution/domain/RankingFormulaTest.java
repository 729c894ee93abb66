package org.opentechmarket.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.RankingTerm;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The published formula: Σ weight × value ÷ max × 100, zero-max terms add 0, ties by name, weights from configuration. */
class RankingFormulaTest {

	private static final RankingFormula.Candidate A = new RankingFormula.Candidate(1, "甲机构");
	private static final RankingFormula.Candidate B = new RankingFormula.Candidate(2, "乙机构");
	private static final RankingFormula.Candidate C = new RankingFormula.Candidate(3, "丙机构");

	private static InstitutionProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("otm.institution",
				InstitutionProperties.class);
	}

	private static Map<RankingTerm, BigDecimal> weights(InstitutionProperties properties) {
		Map<RankingTerm, BigDecimal> weights = new EnumMap<>(RankingTerm.class);
		for (RankingTerm term : RankingTerm.values()) {
			weights.put(term, properties.ranking().weights().of(term));
		}
		return weights;
	}

	@Test
	void defaultWeightsSumToOneAndComeFromConfiguration() {
		InstitutionProperties defaults = bind(Map.of());
		assertThat(weights(defaults).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("1.00");
		assertThat(defaults.ranking().weights().of(RankingTerm.DEALS_IN_REGION)).isEqualByComparingTo("0.30");
		assertThat(defaults.ranking().providerMinRatings()).isEqualTo(2);

		InstitutionProperties configured = bind(Map.of("otm.institution.ranking.weights.deals-in-region", "0.5",
				"otm.institution.ranking.weights.auctions-run", "0", "otm.institution.ranking.provider-min-ratings", "5"));
		assertThat(configured.ranking().weights().of(RankingTerm.DEALS_IN_REGION)).isEqualByComparingTo("0.5");
		assertThat(configured.ranking().weights().of(RankingTerm.AUCTIONS_RUN)).isEqualByComparingTo("0");
		assertThat(configured.ranking().weights().of(RankingTerm.DEAL_AMOUNT)).isEqualByComparingTo("0.30");
		assertThat(configured.ranking().providerMinRatings()).isEqualTo(5);
	}

	@Test
	void scoresAreWeightedShareOfTheMaximum() {
		Map<RankingTerm, Map<Long, BigDecimal>> values = new EnumMap<>(RankingTerm.class);
		values.put(RankingTerm.DEALS_IN_REGION, Map.of(1L, new BigDecimal("10"), 2L, new BigDecimal("5")));
		values.put(RankingTerm.DEAL_AMOUNT, Map.of(1L, new BigDecimal("1000000"), 2L, new BigDecimal("4000000")));
		List<RankingFormula.Row> rows = RankingFormula.rank(List.of(A, B), weights(bind(Map.of())), values);
		// 甲: 0.30×10/10 + 0.30×1/4 = 0.375 → 37.50 ; 乙: 0.30×5/10 + 0.30×4/4 = 0.45 → 45.00
		assertThat(rows).extracting(RankingFormula.Row::name).containsExactly("乙机构", "甲机构");
		assertThat(rows.get(0).score()).isEqualByComparingTo("45.00");
		assertThat(rows.get(1).score()).isEqualByComparingTo("37.50");
		assertThat(rows.get(0).rank()).isEqualTo(1);
		assertThat(rows.get(1).values().get(RankingTerm.DEAL_AMOUNT)).isEqualByComparingTo("1000000");
		assertThat(rows.get(1).values().get(RankingTerm.AUCTIONS_RUN)).isEqualByComparingTo("0");
	}

	@Test
	void termsWhoseMaximumIsZeroAddNothingAndEveryoneScoresZeroWithoutData() {
		Map<RankingTerm, Map<Long, BigDecimal>> values = new EnumMap<>(RankingTerm.class);
		values.put(RankingTerm.LISTINGS_RUN, Map.of(1L, BigDecimal.ZERO, 2L, BigDecimal.ZERO));
		List<RankingFormula.Row> rows = RankingFormula.rank(List.of(C, B, A), weights(bind(Map.of())), values);
		assertThat(rows).allSatisfy(r -> assertThat(r.score()).isEqualByComparingTo("0"));
		// equal scores: ordered by name
		assertThat(rows).extracting(RankingFormula.Row::name)
			.containsExactly(List.of(A, B, C).stream().map(RankingFormula.Candidate::name).sorted().toArray(String[]::new));
		assertThat(rows).extracting(RankingFormula.Row::rank).containsExactly(1, 2, 3);
	}

	@Test
	void configuredWeightsChangeTheOrder() {
		Map<RankingTerm, Map<Long, BigDecimal>> values = new EnumMap<>(RankingTerm.class);
		values.put(RankingTerm.DEALS_IN_REGION, Map.of(1L, new BigDecimal("10")));
		values.put(RankingTerm.AUCTIONS_RUN, Map.of(2L, new BigDecimal("3")));
		List<RankingFormula.Row> byDefault = RankingFormula.rank(List.of(A, B), weights(bind(Map.of())), values);
		assertThat(byDefault.get(0).name()).isEqualTo("甲机构");
		assertThat(byDefault.get(0).score()).isEqualByComparingTo("30.00");
		assertThat(byDefault.get(1).score()).isEqualByComparingTo("10.00");

		InstitutionProperties auctionsFirst = bind(Map.of("otm.institution.ranking.weights.auctions-run", "0.6",
				"otm.institution.ranking.weights.deals-in-region", "0.1"));
		List<RankingFormula.Row> configured = RankingFormula.rank(List.of(A, B), weights(auctionsFirst), values);
		assertThat(configured.get(0).name()).isEqualTo("乙机构");
		assertThat(configured.get(0).score()).isEqualByComparingTo("60.00");
	}

	@Test
	void negativeAndMissingValuesCountZero() {
		Map<RankingTerm, Map<Long, BigDecimal>> values = new EnumMap<>(RankingTerm.class);
		values.put(RankingTerm.DEAL_AMOUNT, Map.of(1L, new BigDecimal("-5"), 2L, new BigDecimal("2")));
		List<RankingFormula.Row> rows = RankingFormula.rank(List.of(A, B), weights(bind(Map.of())), values);
		assertThat(rows.get(0).name()).isEqualTo("乙机构");
		assertThat(rows.get(0).score()).isEqualByComparingTo("30.00");
		assertThat(rows.get(1).score()).isEqualByComparingTo("0");
	}
}
