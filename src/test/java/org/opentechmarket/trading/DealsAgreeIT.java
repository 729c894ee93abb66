package org.opentechmarket.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Deals.agree as auctions, listings and tenders call it: one deal per origin, deposits applied once, checks on the parties. */
@PlatformTest
class DealsAgreeIT {

	@Autowired
	Deals deals;
	@Autowired
	Deposits deposits;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate tx;

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	@Test
	void agreeRecordsOneDealPerOriginAndAppliesTheBuyersDeposits() throws Exception {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise");
		CurrentUser admin = fx().user("demo-admin");
		long achievement = fx().achievementOf(seller);
		long auction = TradingFixtures.uniqueId();
		DepositView deposit = deposits.require(new DepositSubject("auction", auction), buyer.organisationId(),
				new BigDecimal("50000"));
		deposits.confirm(deposit.id(), admin, "DEP-" + auction);
		DealProposal proposal = new DealProposal(DealOrigin.AUCTION, auction, achievement, seller.organisationId(),
				buyer.organisationId(), new TradeTerms(TradeMethod.LICENSE, LicenceMode.SOLE, "5年", "中国大陆"),
				new BigDecimal("680000"), List.of(deposit.id()));

		// a retried close, also concurrently, records one deal
		List<Long> ids = DepositsIT.inParallel(4, () -> tx.execute(s -> deals.agree(proposal)));
		assertThat(ids).containsOnly(ids.get(0));
		long id = ids.get(0);
		assertThat(deals.agree(proposal)).isEqualTo(id);
		assertThat(fx().audits("deal.agree", "deal", id)).isEqualTo(1);

		DealSummary deal = deals.find(id).orElseThrow();
		assertThat(deal.status()).isEqualTo(DealStatus.AGREED);
		assertThat(deal.price()).isEqualByComparingTo("680000.00").hasScaleOf(2);
		assertThat(deal.terms()).isEqualTo(new TradeTerms(TradeMethod.LICENSE, LicenceMode.SOLE, "5年", "中国大陆"));
		assertThat(deal.sellerOrganisationId()).isEqualTo(seller.organisationId());
		assertThat(deal.buyerOrganisationId()).isEqualTo(buyer.organisationId());
		assertThat(deals.findByOrigin(DealOrigin.AUCTION, auction)).contains(deal);
		assertThat(deals.findByOrigin(DealOrigin.LISTING, auction)).isEmpty();

		DepositView applied = deposits.find(deposit.id()).orElseThrow();
		assertThat(applied.status()).isEqualTo(DepositStatus.APPLIED);
		assertThat(applied.appliedToDealId()).isEqualTo(id);
		assertThat(fx().audits("deposit.apply", "deposit", deposit.id())).isEqualTo(1);
	}

	@Test
	void aDepositNotConfirmedOrNotTheBuyersFailsTheWholeAgreement() {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise2");
		CurrentUser other = fx().user("demo-enterprise3");
		long achievement = fx().achievementOf(seller);
		long listing = TradingFixtures.uniqueId();
		DepositView pending = deposits.require(new DepositSubject("listing", listing), buyer.organisationId(),
				new BigDecimal("1000"));
		DepositView othersDeposit = deposits.require(new DepositSubject("listing", listing), other.organisationId(),
				new BigDecimal("1000"));
		deposits.confirm(othersDeposit.id(), fx().user("demo-admin"), "O-" + listing);

		assertThatThrownBy(() -> tx.execute(s -> deals.agree(proposal(listing, achievement, seller, buyer, pending.id()))))
			.isInstanceOf(DomainException.class).hasMessage("deposit.notConfirmed");
		assertThatThrownBy(() -> tx.execute(s -> deals.agree(proposal(listing, achievement, seller, buyer,
				othersDeposit.id())))).isInstanceOf(DomainException.class).hasMessage("deposit.notBuyers");
		// nothing of the failed attempts stayed
		assertThat(deals.findByOrigin(DealOrigin.LISTING, listing)).isEmpty();
		assertThat(deposits.find(othersDeposit.id()).orElseThrow().status()).isEqualTo(DepositStatus.CONFIRMED);
	}

	@Test
	void theSellerMustHoldTheAchievementAndTheBuyerBeAnother() {
		CurrentUser seller = fx().user("demo-institution");
		CurrentUser buyer = fx().user("demo-enterprise");
		long achievement = fx().achievementOf(seller);
		long origin = TradingFixtures.uniqueId();
		assertThatThrownBy(() -> deals.agree(proposal(origin, achievement, buyer, seller)))
			.isInstanceOf(DomainException.class).hasMessage("achievement.notFound");
		assertThatThrownBy(() -> deals.agree(proposal(origin, achievement, seller, seller)))
			.isInstanceOf(DomainException.class).hasMessage("error.validation");
		assertThatThrownBy(() -> deals.agree(new DealProposal(DealOrigin.TENDER, origin, achievement,
				seller.organisationId(), buyer.organisationId(), TradeTerms.transfer(), new BigDecimal("1.001"), List.of())))
			.isInstanceOf(DomainException.class).hasMessage("error.validation");
		assertThat(deals.findByOrigin(DealOrigin.TENDER, origin)).isEmpty();
	}

	private static DealProposal proposal(long origin, long achievement, CurrentUser seller, CurrentUser buyer,
			Long... depositIds) {
		return new DealProposal(DealOrigin.LISTING, origin, achievement, seller.organisationId(), buyer.organisationId(),
				TradeTerms.transfer(), new BigDecimal("300000"), List.of(depositIds));
	}
}
