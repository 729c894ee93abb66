package org.opentechmarket.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.Deposits;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A listing with several qualified buyers turns into an auction among them (what the listing module calls). */
@PlatformTest
class AuctionsAmongIT {

	@Autowired
	Auctions auctions;
	@Autowired
	AuctionService service;
	@Autowired
	Deposits deposits;
	@Autowired
	AchievementService achievements;
	@Autowired
	UserAccounts users;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	TransactionTemplate tx;

	@Test
	void aListingsQualifiedBuyersAreAdmittedAtOnceAndNobodyElse() throws Exception {
		AuctionFixtures f = new AuctionFixtures(mvc, clock, achievements, service, users);
		long lot = f.freshLot();
		CurrentUser seller = f.account(AuctionFixtures.SELLER);
		CurrentUser buyer1 = f.account("demo-enterprise");
		CurrentUser buyer2 = f.account("demo-enterprise2");
		long listing = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		DepositView d1 = confirmed(listing, buyer1);
		DepositView d2 = confirmed(listing, buyer2);
		Instant start = clock.instant().plus(Duration.ofDays(8));
		AuctionRequest request = new AuctionRequest(lot, seller.organisationId(), TradeTerms.transfer(),
				new BigDecimal("500000.00"), new BigDecimal("5000.00"), new BigDecimal("50000.00"), null, start,
				start.plus(Duration.ofDays(1)));

		long id = tx.execute(s -> auctions.announceAmong(request, List.of(new QualifiedBidder(buyer1.organisationId(),
				buyer1.id(), d1.id()), new QualifiedBidder(buyer2.organisationId(), buyer2.id(), d2.id()))));

		AuctionSummary summary = auctions.find(id).orElseThrow();
		assertThat(summary.status()).isEqualTo(AuctionStatus.ANNOUNCED);
		assertThat(summary.startPrice()).isEqualByComparingTo("500000.00");
		assertThat(summary.currentPrice()).isNull();
		List<Registration> admitted = service.registrationsOf(id);
		assertThat(admitted).extracting(Registration::organisationId)
			.containsExactlyInAnyOrder(buyer1.organisationId(), buyer2.organisationId());
		assertThat(admitted).allMatch(r -> r.qualified() && r.depositConfirmed());
		assertThat(admitted).extracting(Registration::bidderNumber).doesNotHaveDuplicates().allMatch(n -> n.matches("A[0-9]+"));
		// the deposits stay as they were: they secure this auction now
		assertThat(deposits.find(d1.id()).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
		// nobody else may register
		assertThatThrownBy(() -> service.register(f.account("demo-enterprise3"), id, true))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.register.restricted"));
	}

	@Test
	void theRulesOfEveryAuctionApply() throws Exception {
		AuctionFixtures f = new AuctionFixtures(mvc, clock, achievements, service, users);
		long lot = f.freshLot();
		CurrentUser seller = f.account(AuctionFixtures.SELLER);
		CurrentUser buyer = f.account("demo-enterprise3");
		long listing = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		DepositView unconfirmed = deposits.require(new DepositSubject("listing", listing), buyer.organisationId(),
				new BigDecimal("10000.00"));
		Instant tooSoon = clock.instant().plus(Duration.ofDays(2));
		AuctionRequest early = new AuctionRequest(lot, seller.organisationId(), TradeTerms.transfer(),
				new BigDecimal("100000.00"), new BigDecimal("1000.00"), new BigDecimal("10000.00"), null, tooSoon,
				tooSoon.plus(Duration.ofDays(1)));
		QualifiedBidder qualified = new QualifiedBidder(buyer.organisationId(), buyer.id(), unconfirmed.id());
		assertThatThrownBy(() -> tx.execute(s -> auctions.announceAmong(early, List.of(qualified))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
				.anyMatch(v -> v.field().equals("startsAt") && v.code().equals("auction.startsAt.notice")));
		Instant start = clock.instant().plus(Duration.ofDays(8));
		AuctionRequest fine = new AuctionRequest(lot, seller.organisationId(), TradeTerms.transfer(),
				new BigDecimal("100000.00"), new BigDecimal("1000.00"), new BigDecimal("10000.00"), null, start,
				start.plus(Duration.ofDays(1)));
		// a deposit not confirmed does not admit its payer
		assertThatThrownBy(() -> tx.execute(s -> auctions.announceAmong(fine, List.of(qualified))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("auction.among.depositUnconfirmed"));
		// the seller is never among the bidders (拍卖法 第三十条)
		DepositView sellers = confirmed(listing, f.account("demo-institution"));
		assertThatThrownBy(() -> tx.execute(s -> auctions.announceAmong(fine, List.of(new QualifiedBidder(
				seller.organisationId(), seller.id(), sellers.id())))))
			.isInstanceOf(DomainException.class);
		assertThat(service.publicList(500)).noneMatch(a -> a.achievementId() == lot);
	}

	private DepositView confirmed(long listing, CurrentUser payer) {
		DepositView d = deposits.require(new DepositSubject("listing", listing), payer.organisationId(),
				new BigDecimal("50000.00"));
		return deposits.confirm(d.id(), users.loadUser("admin").orElseThrow(), "BANK-" + listing);
	}
}
