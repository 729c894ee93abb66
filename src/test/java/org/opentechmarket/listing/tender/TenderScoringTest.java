package org.opentechmarket.listing.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The published price formula, the technical part, the total and the ranking, with worked numbers. */
class TenderScoringTest {

	private static final Instant T = Instant.parse("2026-05-01T02:00:00Z");

	private static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void lowestPriceMethodForABuyersTender() {
		// lowest 600,000; weight 30: 600000 / 800000 × 30 = 22.50
		assertThat(Scoring.priceScore(TenderKind.BUY, d("800000"), d("600000"), d("30"))).isEqualByComparingTo("22.50");
		assertThat(Scoring.priceScore(TenderKind.BUY, d("600000"), d("600000"), d("30"))).isEqualByComparingTo("30.00");
		// 600000 / 700000 × 30 = 25.714… → 25.71
		assertThat(Scoring.priceScore(TenderKind.BUY, d("700000"), d("600000"), d("30"))).isEqualByComparingTo("25.71");
	}

	@Test
	void highestPriceMethodForASellersTender() {
		// highest 1,300,000; weight 70: 1200000 / 1300000 × 70 = 64.615… → 64.62
		assertThat(Scoring.priceScore(TenderKind.SELL, d("1200000"), d("1300000"), d("70"))).isEqualByComparingTo("64.62");
		assertThat(Scoring.priceScore(TenderKind.SELL, d("1300000"), d("1300000"), d("70"))).isEqualByComparingTo("70.00");
	}

	@Test
	void technicalPartIsThePanelScoreScaledToTheTechnicalWeight() {
		// panel 85.5, technical weight 100 − 30 = 70: 85.5 × 70 / 100 = 59.85
		assertThat(Scoring.technicalPart(d("85.5"), d("30"))).isEqualByComparingTo("59.85");
		assertThat(Scoring.technicalPart(d("85.5"), d("100"))).isEqualByComparingTo("0.00");
	}

	@Test
	void rankingByTotalWithTheBenchmarkAmongPassedOffersOnly() {
		List<Scoring.Entry> entries = List.of(
				// cheap but technically weak and failed: not ranked, and not the benchmark
				new Scoring.Entry(1, d("300000"), d("40"), false, T),
				// 600000 / 600000 × 30 = 30.00 + 70 × 0.70 = 49.00 → 79.00
				new Scoring.Entry(2, d("600000"), d("70"), true, T),
				// 600000 / 750000 × 30 = 24.00 + 90 × 0.70 = 63.00 → 87.00
				new Scoring.Entry(3, d("750000"), d("90"), true, T));
		Map<Long, Scoring.Result> r = Scoring.rank(TenderKind.BUY, d("30"), entries).stream()
			.collect(Collectors.toMap(Scoring.Result::offerId, Function.identity()));
		assertThat(r.get(3L).total()).isEqualByComparingTo("87.00");
		assertThat(r.get(3L).rank()).isEqualTo(1);
		assertThat(r.get(2L).priceScore()).isEqualByComparingTo("30.00");
		assertThat(r.get(2L).total()).isEqualByComparingTo("79.00");
		assertThat(r.get(2L).rank()).isEqualTo(2);
		assertThat(r.get(1L).rank()).isNull();
		assertThat(r.get(1L).priceScore()).isNull();
		assertThat(r.get(1L).total()).isNull();
	}

	@Test
	void tiesGoToTheBetterPriceThenToTheEarlierOffer() {
		// SELL, weight 50: A 1000 @ panel 80 → 50 + 40 = 90; B 900 @ panel 90 → 45 + 45 = 90 (tie) → A by price
		List<Scoring.Result> r = Scoring.rank(TenderKind.SELL, d("50"), List.of(
				new Scoring.Entry(10, d("900"), d("90"), true, T),
				new Scoring.Entry(11, d("1000"), d("80"), true, T.plusSeconds(60))));
		assertThat(r).extracting(Scoring.Result::offerId, Scoring.Result::rank).containsExactly(
				org.assertj.core.groups.Tuple.tuple(11L, 1), org.assertj.core.groups.Tuple.tuple(10L, 2));
		// same price and score: the earlier submission first
		List<Scoring.Result> same = Scoring.rank(TenderKind.BUY, d("40"), List.of(
				new Scoring.Entry(20, d("500"), d("70"), true, T.plusSeconds(5)),
				new Scoring.Entry(21, d("500"), d("70"), true, T)));
		assertThat(same.get(0).offerId()).isEqualTo(21L);
	}
}
