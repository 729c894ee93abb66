package org.opentechmarket.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.WorkingDays;
import org.opentechmarket.trading.TradeTerms;

/** Offer validity by the clock, the notice period's end (calendar and working days), the ranking region. */
class OfferValidityAndNoticePeriodTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), SHANGHAI);
	}

	private static Offer offer(Side side, LocalDate validUntil, Clock clock) {
		return new Offer(1, side, "u", new BigDecimal("1000"), TradeTerms.transfer(),
				PaymentPlan.lumpSum(validUntil.plusDays(30)), null, validUntil, null, clock);
	}

	@Test
	void anOfferIsAcceptableThroughItsLastValidDayOnly() {
		Clock clock = at("2026-03-02T02:00:00Z");
		LocalDate last = LocalDate.of(2026, 3, 10);
		Offer o = offer(Side.SELLER, last, clock);
		assertThat(o.isAcceptableOn(last)).isTrue();
		assertThat(o.isExpiredOn(last)).isFalse();
		assertThat(o.isAcceptableOn(last.plusDays(1))).isFalse();
		assertThat(o.isExpiredOn(last.plusDays(1))).isTrue();
		assertThatThrownBy(() -> o.accept(Side.BUYER, "b", last.plusDays(1), clock)).hasMessage("offer.expiredOn");
		o.accept(Side.BUYER, "b", last, clock);
		assertThat(o.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
		// accepted is final: not expired, not acceptable again
		assertThat(o.isExpiredOn(last.plusDays(5))).isFalse();
		assertThatThrownBy(() -> o.reject(Side.BUYER, "b", null, clock)).hasMessage("offer.transition.notAllowed");
	}

	@Test
	void onlyTheOtherSideAnswersAndANewOfferSupersedesTheOpenOne() {
		Clock clock = at("2026-03-02T02:00:00Z");
		Offer mine = offer(Side.BUYER, LocalDate.of(2026, 3, 5), clock);
		assertThatThrownBy(() -> mine.accept(Side.BUYER, "b", LocalDate.of(2026, 3, 2), clock)).hasMessage("offer.ownOffer");
		mine.supersede(Side.SELLER, "s", clock);
		assertThat(mine.getStatus()).isEqualTo(OfferStatus.COUNTERED);
		Offer replaced = offer(Side.BUYER, LocalDate.of(2026, 3, 5), clock);
		replaced.supersede(Side.BUYER, "b", clock);
		assertThat(replaced.getStatus()).isEqualTo(OfferStatus.WITHDRAWN);
	}

	@Test
	void aCalendarNoticeOfFifteenDaysRunsToMidnightAfterItsFifteenthDay() {
		NoticePeriod period = new NoticePeriod(15, TradingProperties.DayKind.CALENDAR, new WorkingDays(List.<LocalDate>of(), List.<LocalDate>of()));
		// agreed 2026-03-02 10:00 in Shanghai: days 3.3 … 3.17, the notice ends at 2026-03-18 00:00 Shanghai
		Instant end = period.end(Instant.parse("2026-03-02T02:00:00Z"), SHANGHAI);
		assertThat(end).isEqualTo(Instant.parse("2026-03-17T16:00:00Z"));
		// 23:30 Shanghai on 3.2 is still 3.2 there (15:30 UTC): the same end
		assertThat(period.end(Instant.parse("2026-03-02T15:30:00Z"), SHANGHAI)).isEqualTo(end);
	}

	@Test
	void aWorkingDayNoticeSkipsWeekendsAndHolidays() {
		// 2026-04-04..06 清明 holidays; 4.1 is a Wednesday
		WorkingDays calendar = new WorkingDays(List.of(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5),
				LocalDate.of(2026, 4, 6)), List.<LocalDate>of());
		NoticePeriod period = new NoticePeriod(5, TradingProperties.DayKind.WORKING, calendar);
		// 4.2 Thu, 4.3 Fri, (4.4–4.6 holiday), 4.7 Tue, 4.8 Wed, 4.9 Thu
		assertThat(period.lastDay(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 9));
	}

	@Test
	void theRankingRegionIsAPrefixOfRegionCodes() {
		assertThat(DealRankingSources.regionPrefix("330000")).isEqualTo("33");
		assertThat(DealRankingSources.regionPrefix("330100")).isEqualTo("3301");
		assertThat(DealRankingSources.regionPrefix("330106")).isEqualTo("330106");
	}
}
