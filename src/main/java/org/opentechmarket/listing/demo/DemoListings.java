package org.opentechmarket.listing.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.listing.domain.Listing;
import org.opentechmarket.listing.domain.ListingDraft;
import org.opentechmarket.listing.domain.ListingIntent;
import org.opentechmarket.listing.domain.ListingService;
import org.opentechmarket.listing.domain.Listings;
import org.opentechmarket.listing.tender.Criterion;
import org.opentechmarket.listing.tender.OfferDraft;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderDraft;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.listing.tender.Tenders;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.trading.Deposits;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Demo data (written for the demo): one listing of the demo university in its period, with one buyer whose deposit is
 * confirmed and one still to pay; one buying tender of a demo enterprise open for offers, with one sealed offer. Idempotent:
 * an achievement that was ever listed, or a tender title the enterprise already used, is not created again.
 */
@Component
@Order(60)
class DemoListings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoListings.class);
	static final String LISTED_TITLE = "基于深度学习的纺织品瑕疵在线检测系统";
	static final String TENDER_TITLE = "焊接机器人焊缝视觉跟踪系统委托开发";

	private final ListingService listings;
	private final Listings listingRows;
	private final TenderService tenders;
	private final Tenders tenderRows;
	private final Achievements achievements;
	private final Deposits deposits;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;
	private final Clock clock;

	DemoListings(ListingService listings, Listings listingRows, TenderService tenders, Tenders tenderRows,
			Achievements achievements, Deposits deposits, UserAccounts users, DemoMode demo, Environment environment,
			Clock clock) {
		this.listings = listings;
		this.listingRows = listingRows;
		this.tenders = tenders;
		this.tenderRows = tenderRows;
		this.achievements = achievements;
		this.deposits = deposits;
		this.users = users;
		this.demo = demo;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		CurrentUser admin = users.loadUser("demo-admin").orElse(null);
		CurrentUser university = users.loadUser("demo-institution").orElse(null);
		CurrentUser institute = users.loadUser("demo-institution2").orElse(null);
		CurrentUser enterprise = users.loadUser("demo-enterprise").orElse(null);
		CurrentUser enterprise2 = users.loadUser("demo-enterprise2").orElse(null);
		if (admin == null || university == null || institute == null || enterprise == null || enterprise2 == null) {
			return;
		}
		try {
			listing(admin, university, enterprise, enterprise2);
		}
		catch (RuntimeException e) {
			log.warn("Demo listing not created: {}", e.toString());
		}
		try {
			tender(enterprise, university);
		}
		catch (RuntimeException e) {
			log.warn("Demo tender not created: {}", e.toString());
		}
	}

	private void listing(CurrentUser admin, CurrentUser seller, CurrentUser buyer, CurrentUser qualified) {
		AchievementSummary a = achievements.publicHeldBy(seller.organisationId(), 500).stream()
			.filter(x -> x.title().equals(LISTED_TITLE))
			.findFirst()
			.orElse(null);
		if (a == null || listingRows.findBySellerOrganisationIdOrderByPublishedAtDesc(seller.organisationId()).stream()
			.anyMatch(l -> l.getAchievementId() == a.id())) {
			return;
		}
		Listing l = listings.publish(seller, new ListingDraft(a.id(), TradeMethod.LICENSE, LicenceMode.ORDINARY, "5年",
				"中国大陆", new BigDecimal("1000000.00"), new BigDecimal("100000.00"), null,
				"具备纺织印染或卷材生产线，能够提供试点产线并配备设备维护人员；近三年无重大违法记录。",
				EnumSet.of(OrganisationType.ENTERPRISE), "330000", Listing.Route.AUCTION));
		listings.register(buyer, l.getId());
		ListingIntent paid = listings.register(qualified, l.getId());
		deposits.confirm(paid.getDepositId(), admin, "DEMO-HZ-" + l.getId());
		log.info("Demo data: listing {} with two registered buyers", l.getId());
	}

	private void tender(CurrentUser owner, CurrentUser bidder) {
		if (tenderRows.countByOwnerOrganisationIdAndTitle(owner.organisationId(), TENDER_TITLE) > 0) {
			return;
		}
		LocalDate deadlineDay = LocalDate.now(clock).plusDays(tenders.properties().minimumOfferPeriod().toDays() + 5);
		var deadline = deadlineDay.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
		Tender t = tenders.create(owner, new TenderDraft(TenderKind.BUY, TENDER_TITLE,
				"我公司焊接产线工件拼缝间隙不一致，需委托开发基于视觉的焊缝识别与实时纠偏系统，集成到现有六轴焊接机器人。"
						+ "交付物：样机一套、软件源代码、产线联调报告。要求焊缝跟踪精度优于 ±0.3 mm，焊接速度 1 m/min 下实时纠偏。",
				null, null, null, null, null, new BigDecimal("800000.00"), new BigDecimal("30"),
				List.of(new Criterion("技术方案", new BigDecimal("50")), new Criterion("实施计划", new BigDecimal("30")),
						new Criterion("团队与履约能力", new BigDecimal("20"))),
				null, null, deadline, deadline));
		tenders.submit(bidder, t.getId(), new OfferDraft(new BigDecimal("650000.00"),
				"采用结构光视觉传感器与深度学习焊缝识别算法，六个月内完成样机、十二个月内完成产线联调；团队已有同类样机。", null));
		log.info("Demo data: tender {} open for offers, one sealed offer", t.getId());
	}
}
