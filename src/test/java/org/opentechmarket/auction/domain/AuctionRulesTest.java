package org.opentechmarket.auction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.TradeTerms;

/** The auction rules of domain/trading.md §Auction, one test per rule, on the domain object alone (no Spring, no database). */
class AuctionRulesTest {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
	static final long SELLER = 7;
	static final AuctionProperties RULES = new AuctionProperties(Duration.ofDays(7), Duration.ofDays(1),
			Duration.ofMinutes(5), Duration.ofMinutes(5), new BigDecimal("0.10"), new BigDecimal("0.05"),
			new BigDecimal("0.20"), Duration.ofDays(30), new BigDecimal("0.20"), new BigDecimal("0.03"),
			new BigDecimal("0.05"), new BigDecimal("0.05"), 10, Duration.ofMinutes(1), Duration.ofSeconds(1),
			Duration.ofSeconds(15), Duration.ofMillis(500), 256, 2);
	static final Instant START = NOW.plus(Duration.ofDays(8));
	static final Instant END = START.plus(Duration.ofDays(1));

	static Auction auction(String reserve) {
		AuctionTerms.Checked checked = new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000.00", "1000.00", null,
				reserve, START, END).check(RULES, NOW, null);
		return Auction.announce(42, checked, "柔性钙钛矿组件封装", "之江理工大学", false, null, RULES, NOW, "seller");
	}

	static Registration bidder(long id, long organisation, boolean confirmed) {
		return new Registration(id, 42, organisation, "企业" + organisation, 100 + id, "user" + id, "A" + (10 + id), 500 + id,
				new BigDecimal("10000.00"), confirmed ? NOW : null, false, NOW, null, NOW);
	}

	static final Registration A = bidder(1, 101, true);
	static final Registration B = bidder(2, 102, true);

	static Auction.Decision bid(Auction a, Registration r, String amount, Instant at) {
		return a.decide(r, new BigDecimal(amount), at, r.username());
	}

	static BidRejection refusal(Auction.Decision d) {
		return d instanceof Auction.Rejected r ? r.reason() : null;
	}

	static Bid accepted(Auction.Decision d) {
		assertThat(d).isInstanceOf(Auction.Accepted.class);
		return ((Auction.Accepted) d).bid();
	}

	// ------------------------------------------------------------------ announcement

	@Test
	void biddingStartsAtLeastTheMinimumNoticeAfterTheAnnouncement() {
		Instant tooSoon = NOW.plus(Duration.ofDays(6));
		assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", null, null, tooSoon,
				tooSoon.plus(Duration.ofDays(2))).check(RULES, NOW, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
				.containsExactly("auction.startsAt.notice"));
		// exactly seven days is enough; no start given means the earliest allowed one
		AuctionTerms.Checked ok = new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", null, null, null,
				NOW.plus(Duration.ofDays(9))).check(RULES, NOW, null);
		assertThat(ok.startsAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void biddingLastsAtLeastTheMinimumDuration() {
		assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", null, null, START,
				START.plus(Duration.ofHours(23))).check(RULES, NOW, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
				.containsExactly("auction.endsAt.duration"));
	}

	@Test
	void aOneMinuteDemoAuctionMayStartAtOnce() {
		AuctionProperties demo = new AuctionProperties(Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(20),
				Duration.ofSeconds(20), new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.20"),
				Duration.ofDays(30), new BigDecimal("0.20"), new BigDecimal("0.05"), new BigDecimal("0.05"),
				new BigDecimal("0.05"), 10, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(15),
				Duration.ofMillis(500), 256, 2);
		// a client's "now" arrives a little late: tolerated
		AuctionTerms.Checked checked = new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100", "10", null, null,
				NOW.minusMillis(300), NOW.minusMillis(300).plus(Duration.ofMinutes(1))).check(demo, NOW, null);
		Auction a = Auction.announce(42, checked, "t", "s", false, null, demo, NOW, "seller");
		Bid first = accepted(a.decide(A, new BigDecimal("100"), NOW, "u"));
		assertThat(first.endsAtAfter()).isEqualTo(checked.endsAt());
		// 20 s before the end: the end moves to 20 s after the bid
		Instant late = checked.endsAt().minusSeconds(15);
		Bid second = accepted(a.decide(B, new BigDecimal("110"), late, "u"));
		assertThat(second.endsAtAfter()).isEqualTo(late.plusSeconds(20));
		assertThat(a.endsAt()).isEqualTo(late.plusSeconds(20));
	}

	@Test
	void theDepositLiesBetweenFiveAndTwentyPercentOfTheStartPriceAndDefaultsToTen() {
		for (String wrong : List.of("4999.99", "20000.01")) {
			assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", wrong, null, START,
					END).check(RULES, NOW, null))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
					.containsExactly("auction.deposit.share"));
		}
		assertThat(new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", "5000", null, START, END)
			.check(RULES, NOW, null).deposit()).isEqualByComparingTo("5000.00");
		assertThat(new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", "20000", null, START, END)
			.check(RULES, NOW, null).deposit()).isEqualByComparingTo("20000.00");
		assertThat(auction(null).deposit()).isEqualByComparingTo("10000.00");
	}

	@Test
	void amountsAreYuanWithAtMostTwoDecimals() {
		assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000.001", "0", "abc", "-5", START,
				END).check(RULES, NOW, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
				.contains("startPrice", "increment", "deposit", "reserve"));
		assertThat(Money.parse("123.4")).contains(new BigDecimal("123.40"));
		assertThat(Money.parse("1e3")).contains(new BigDecimal("1000.00"));
		assertThat(Money.parse("0")).isEmpty();
		assertThat(Money.parse("12.345")).isEmpty();
	}

	@Test
	void theReserveIsNotBelowTheStartPrice() {
		assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "100000", "1000", null, "99999.99",
				START, END).check(RULES, NOW, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
				.containsExactly("auction.reserve.belowStart"));
	}

	// ------------------------------------------------------------------ bids

	@Test
	void theFirstBidIsAtLeastTheStartPrice() {
		Auction a = auction(null);
		assertThat(refusal(bid(a, A, "99999.99", START))).isEqualTo(BidRejection.BELOW_START);
		assertThat(a.bidCount()).isZero();
		Bid first = accepted(bid(a, A, "100500.00", START));
		assertThat(first.sequence()).isEqualTo(1);
		assertThat(a.currentPrice()).isEqualByComparingTo("100500.00");
	}

	@Test
	void laterBidsAreTheCurrentPricePlusAWholeNumberOfIncrements() {
		Auction a = auction(null);
		accepted(bid(a, A, "100000.00", START));
		assertThat(refusal(bid(a, B, "100000.00", START))).isEqualTo(BidRejection.TOO_LOW);
		assertThat(refusal(bid(a, B, "99000.00", START))).isEqualTo(BidRejection.TOO_LOW);
		assertThat(refusal(bid(a, B, "100500.00", START))).isEqualTo(BidRejection.WRONG_STEP);
		assertThat(refusal(bid(a, B, "101000.01", START))).isEqualTo(BidRejection.WRONG_STEP);
		assertThat(accepted(bid(a, B, "101000.00", START)).sequence()).isEqualTo(2);
		// k = 7 increments at once
		assertThat(accepted(bid(a, A, "108000.00", START)).sequence()).isEqualTo(3);
		assertThat(a.minimumBid()).isEqualByComparingTo("109000.00");
	}

	@Test
	void bidsBeforeTheStartOrAfterTheEndAreRefused() {
		Auction a = auction(null);
		assertThat(refusal(bid(a, A, "100000.00", START.minusMillis(1)))).isEqualTo(BidRejection.NOT_STARTED);
		assertThat(refusal(bid(a, A, "100000.00", END))).isEqualTo(BidRejection.ENDED);
		assertThat(refusal(bid(a, A, "100000.00", END.plusSeconds(60)))).isEqualTo(BidRejection.ENDED);
		assertThat(a.bidCount()).isZero();
		assertThat(a.status()).isEqualTo(AuctionStatus.ANNOUNCED);
		accepted(bid(a, A, "100000.00", END.minusMillis(1)));
		assertThat(a.status()).isEqualTo(AuctionStatus.OPEN);
	}

	@Test
	void theSellerMayNotBid() {
		Auction a = auction(null);
		Registration seller = bidder(3, SELLER, true);
		assertThat(refusal(bid(a, seller, "100000.00", START))).isEqualTo(BidRejection.SELLER);
	}

	@Test
	void unregisteredBiddersAndUnconfirmedDepositsAreRefused() {
		Auction a = auction(null);
		assertThat(refusal(a.decide(null, new BigDecimal("100000.00"), START, "u"))).isEqualTo(BidRejection.NOT_REGISTERED);
		Registration elsewhere = new Registration(9, 43, 109, "x", 1, "u", "A99", 1, BigDecimal.TEN, NOW, false, NOW, null, NOW);
		assertThat(refusal(bid(a, elsewhere, "100000.00", START))).isEqualTo(BidRejection.NOT_REGISTERED);
		assertThat(refusal(bid(a, bidder(4, 104, false), "100000.00", START))).isEqualTo(BidRejection.DEPOSIT_UNCONFIRMED);
		assertThat(a.bidCount()).isZero();
	}

	@Test
	void sequencesAreGaplessAndTimesNeverRunBackwards() {
		Auction a = auction(null);
		List<Bid> log = new ArrayList<>();
		Instant t = START.plusSeconds(10);
		for (int i = 0; i < 10; i++) {
			Auction.Decision d = bid(a, i % 2 == 0 ? A : B, String.valueOf(100000 + i * 1000), i == 5 ? t.minusSeconds(5) : t);
			log.add(accepted(d));
			bid(a, B, "1.00", t); // refused in between: takes no number
		}
		assertThat(log).extracting(Bid::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		// the sixth bid's clock ran 5 s backwards: the log keeps the previous time
		assertThat(log.get(5).placedAt()).isEqualTo(t);
	}

	// ------------------------------------------------------------------ anti-sniping

	@Test
	void onlyAnAcceptedBidInTheWindowExtendsTheEnd() {
		Auction a = auction(null);
		accepted(bid(a, A, "100000.00", START));
		Instant late = END.minusSeconds(60);
		// refused bids in the window: too low, wrong step, unconfirmed deposit — the end stays
		bid(a, B, "100000.00", late);
		bid(a, B, "100001.00", late);
		bid(a, bidder(5, 105, false), "200000.00", late);
		assertThat(a.endsAt()).isEqualTo(END);
		assertThat(a.extensions()).isZero();
		// an accepted bid before the window does not extend either
		Bid early = accepted(bid(a, B, "101000.00", END.minus(Duration.ofMinutes(5)).minusMillis(1)));
		assertThat(early.endsAtAfter()).isEqualTo(END);
		// an accepted bid in the window does: to its time + 5 minutes
		Auction.Decision d = bid(a, A, "102000.00", late);
		assertThat(((Auction.Accepted) d).extended()).isTrue();
		assertThat(a.endsAt()).isEqualTo(late.plus(Duration.ofMinutes(5)));
		assertThat(a.extensions()).isEqualTo(1);
	}

	@Test
	void extensionsHaveNoLimit() {
		Auction a = auction(null);
		Instant t = END.minusSeconds(1);
		for (int i = 0; i < 500; i++) {
			accepted(bid(a, i % 2 == 0 ? A : B, String.valueOf(100000 + i * 1000), t));
			assertThat(a.endsAt()).isEqualTo(t.plus(Duration.ofMinutes(5)));
			t = a.endsAt().minusSeconds(1);
		}
		assertThat(a.extensions()).isEqualTo(500);
		assertThat(a.endsAt()).isAfter(END.plus(Duration.ofHours(41)));
		// a bid after the moved end is late
		assertThat(refusal(bid(a, A, "999999999.00", a.endsAt()))).isEqualTo(BidRejection.ENDED);
	}

	// ------------------------------------------------------------------ close

	@Test
	void theReserveMetSellsToTheHighestBidder() {
		Auction a = auction("105000.00");
		accepted(bid(a, A, "100000.00", START));
		accepted(bid(a, B, "105000.00", START));
		assertThat(a.close(END, RULES)).isEqualTo(Auction.Outcome.SOLD);
		assertThat(a.status()).isEqualTo(AuctionStatus.SOLD);
		assertThat(a.hammerPrice()).isEqualByComparingTo("105000.00");
		assertThat(a.winnerRegistrationId()).isEqualTo(B.id());
		assertThat(a.signingDueAt()).isEqualTo(END.plus(Duration.ofDays(10)));
	}

	@Test
	void theReserveNotMetFailsTheAuction() {
		Auction a = auction("105000.00");
		accepted(bid(a, A, "104000.00", START));
		assertThat(a.close(END, RULES)).isEqualTo(Auction.Outcome.FAILED_RESERVE_NOT_MET);
		assertThat(a.status()).isEqualTo(AuctionStatus.FAILED);
		assertThat(a.hammerPrice()).isNull();
		assertThat(a.winnerRegistrationId()).isNull();
	}

	@Test
	void noBidsFailsTheAuctionAndWithoutAReserveOneBidSells() {
		Auction none = auction(null);
		assertThat(none.close(END, RULES)).isEqualTo(Auction.Outcome.FAILED_NO_BIDS);
		Auction one = auction(null);
		accepted(bid(one, A, "100000.00", START));
		assertThat(one.close(END, RULES)).isEqualTo(Auction.Outcome.SOLD);
	}

	@Test
	void anAuctionClosesOnlyOnceAndOnlyAfterItsEffectiveEnd() {
		Auction a = auction(null);
		accepted(bid(a, A, "100000.00", END.minusSeconds(10)));
		assertThatThrownBy(() -> a.close(END, RULES)).isInstanceOf(DomainException.class);
		a.close(a.endsAt(), RULES);
		assertThatThrownBy(() -> a.close(a.endsAt().plusSeconds(1), RULES)).isInstanceOf(DomainException.class);
	}

	@Test
	void aFailedAuctionIsRelistedWithinThirtyDaysAtMostTwentyPercentLower() {
		Auction failed = auction(null);
		failed.close(END, RULES);
		assertThat(failed.lowestRelistStart(RULES.relistMaxCut())).isEqualByComparingTo("80000.00");
		Instant later = END.plus(Duration.ofDays(3));
		Instant start = later.plus(Duration.ofDays(7));
		assertThatThrownBy(() -> new AuctionTerms(1, SELLER, TradeTerms.transfer(), "79999.99", "1000", null, null, start,
				start.plus(Duration.ofDays(1))).check(RULES, later, failed))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
				.containsExactly("auction.relist.tooLow"));
		assertThat(new AuctionTerms(1, SELLER, TradeTerms.transfer(), "80000", "1000", null, null, start,
				start.plus(Duration.ofDays(1))).check(RULES, later, failed).startPrice()).isEqualByComparingTo("80000.00");
		assertThat(failed.mayRelist(END.plus(Duration.ofDays(30)))).isTrue();
		assertThat(failed.mayRelist(END.plus(Duration.ofDays(30)).plusMillis(1))).isFalse();
		// a sold auction is not relisted
		Auction sold = auction(null);
		accepted(bid(sold, A, "100000.00", START));
		sold.close(END, RULES);
		assertThat(sold.mayRelist(END)).isFalse();
	}

	@Test
	void commissionIsTheConfiguredShareOfTheHammerPriceFromEachSide() {
		Auction a = auction(null);
		accepted(bid(a, A, "123457.00", START));
		a.close(END, RULES);
		assertThat(a.commissionBuyer()).isEqualByComparingTo("3703.71"); // 3 % of 123,457.00, half up
		assertThat(a.commissionSeller()).isEqualByComparingTo("6172.85"); // 5 %
	}

	@Test
	void commissionAboveFivePercentIsNotConfigurable() {
		assertThatThrownBy(() -> new AuctionProperties(Duration.ofDays(7), Duration.ofDays(1), Duration.ofMinutes(5),
				Duration.ofMinutes(5), new BigDecimal("0.10"), new BigDecimal("0.05"), new BigDecimal("0.20"),
				Duration.ofDays(30), new BigDecimal("0.20"), new BigDecimal("0.06"), new BigDecimal("0.05"),
				new BigDecimal("0.05"), 10, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(15),
				Duration.ofMillis(500), 256, 2))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commission-buyer-rate");
	}

	@Test
	void aWinnerThatDoesNotSignInTimeForfeitsAndTheLotMayBeRelisted() {
		Auction a = auction(null);
		accepted(bid(a, A, "100000.00", START));
		a.close(END, RULES);
		assertThatThrownBy(() -> a.forfeit(a.signingDueAt().minusMillis(1), RULES)).isInstanceOf(IllegalStateException.class);
		a.forfeit(a.signingDueAt(), RULES);
		assertThat(a.forfeited()).isTrue();
		assertThat(a.mayRelist(a.signingDueAt().plus(Duration.ofDays(30)))).isTrue();
		assertThatThrownBy(() -> a.confirmSale(a.signingDueAt())).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("auction.confirm.forfeited"));
	}

	@Test
	void aWinnerSignsTheConfirmationOfSaleOnceBeforeTheDeadline() {
		Auction a = auction(null);
		accepted(bid(a, A, "100000.00", START));
		a.close(END, RULES);
		assertThat(a.confirmSale(END.plusSeconds(60))).isTrue();
		assertThat(a.confirmSale(END.plusSeconds(120))).isFalse();
		Auction late = auction(null);
		accepted(bid(late, A, "100000.00", START));
		late.close(END, RULES);
		assertThatThrownBy(() -> late.confirmSale(late.signingDueAt().plusMillis(1))).isInstanceOf(DomainException.class);
	}

	@Test
	void aWithdrawalIsPossibleOnlyBeforeBiddingStarts() {
		Auction a = auction(null);
		assertThatThrownBy(() -> a.cancel(START)).isInstanceOf(DomainException.class);
		a.cancel(START.minusSeconds(1));
		assertThat(a.status()).isEqualTo(AuctionStatus.CANCELLED);
		assertThat(refusal(bid(a, A, "100000.00", START))).isEqualTo(BidRejection.CANCELLED);
	}
}
