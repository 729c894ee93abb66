package org.opentechmarket.auction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hash chain of the bid log: the documented canonical form, verification, and tampering found. */
class BidChainTest {

	@Test
	void theHashIsSha256OfTheDocumentedCanonicalForm() {
		Instant at = Instant.parse("2026-05-04T02:00:00Z");
		String canonical = BidChain.canonical(12, 1, new BigDecimal("100000"), "A17", at, BidChain.GENESIS);
		assertThat(canonical).isEqualTo("12|1|100000.00|A17|2026-05-04T02:00:00.000Z|" + "0".repeat(64));
		// what `printf '%s' '12|1|100000.00|A17|2026-05-04T02:00:00.000Z|000…0' | sha256sum` prints (coreutils, by hand)
		assertThat(BidChain.hash(12, 1, new BigDecimal("100000"), "A17", at, BidChain.GENESIS))
			.isEqualTo("d9ec6f3595282bb7174f016f80075d9cf4da9a04cbbe9f6de6fce3e16418a18d");
	}

	@Test
	void anHonestLogVerifies() {
		Auction a = AuctionRulesTest.auction(null);
		List<Bid> log = bids(a, 30);
		BidChain.Verification v = BidChain.verify(a.id(), log, a.lastHash());
		assertThat(v.valid()).isTrue();
		assertThat(v.bids()).isEqualTo(30);
		assertThat(v.lastHash()).isEqualTo(a.lastHash());
		assertThat(log.get(0).previousHash()).isEqualTo(BidChain.GENESIS);
		for (int i = 1; i < log.size(); i++) {
			assertThat(log.get(i).previousHash()).isEqualTo(log.get(i - 1).hash());
		}
	}

	@Test
	void everyKindOfTamperingIsFound() {
		Auction a = AuctionRulesTest.auction(null);
		List<Bid> log = bids(a, 10);
		// an amount changed
		List<Bid> changed = new ArrayList<>(log);
		Bid b = changed.get(4);
		changed.set(4, new Bid(b.auctionId(), b.sequence(), b.registrationId(), b.bidderNumber(),
				b.amount().add(BigDecimal.ONE), b.placedAt(), b.endsAtAfter(), b.placedBy(), b.previousHash(), b.hash()));
		assertThat(BidChain.verify(a.id(), changed, a.lastHash())).satisfies(v -> {
			assertThat(v.valid()).isFalse();
			assertThat(v.firstBrokenSequence()).isEqualTo(5);
			assertThat(v.problem()).isEqualTo("hash");
		});
		// the bidder changed and the hash recomputed: the next bid's link breaks
		List<Bid> rehashed = new ArrayList<>(log);
		String hash = BidChain.hash(a.id(), b.sequence(), b.amount(), "A99", b.placedAt(), b.previousHash());
		rehashed.set(4, new Bid(b.auctionId(), b.sequence(), b.registrationId(), "A99", b.amount(), b.placedAt(),
				b.endsAtAfter(), b.placedBy(), b.previousHash(), hash));
		assertThat(BidChain.verify(a.id(), rehashed, a.lastHash())).satisfies(v -> {
			assertThat(v.firstBrokenSequence()).isEqualTo(6);
			assertThat(v.problem()).isEqualTo("link");
		});
		// a bid removed
		List<Bid> removed = new ArrayList<>(log);
		removed.remove(2);
		assertThat(BidChain.verify(a.id(), removed, a.lastHash())).satisfies(v -> {
			assertThat(v.firstBrokenSequence()).isEqualTo(3);
			assertThat(v.problem()).isEqualTo("sequence");
		});
		// the last bids cut off: the chain itself is fine, but it does not end where the auction recorded
		assertThat(BidChain.verify(a.id(), log.subList(0, 8), a.lastHash())).satisfies(v -> {
			assertThat(v.valid()).isFalse();
			assertThat(v.problem()).isEqualTo("tail");
		});
		// the whole chain moved to another auction
		assertThat(BidChain.verify(a.id() + 1, log, a.lastHash()).valid()).isFalse();
	}

	static List<Bid> bids(Auction a, int n) {
		List<Bid> log = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Registration r = i % 2 == 0 ? AuctionRulesTest.A : AuctionRulesTest.B;
			Auction.Decision d = a.decide(r, new BigDecimal(100000 + i * 1000), AuctionRulesTest.START.plusSeconds(i), "u");
			log.add(((Auction.Accepted) d).bid());
		}
		return log;
	}
}
