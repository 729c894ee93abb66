package org.opentechmarket.trading.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.platform.WorkingDays;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;
import org.opentechmarket.trading.domain.Agreement;
import org.opentechmarket.trading.domain.AgreementRepository;
import org.opentechmarket.trading.domain.DealDocument;
import org.opentechmarket.trading.domain.DealPayment;
import org.opentechmarket.trading.domain.DealService;
import org.opentechmarket.trading.domain.Inquiry;
import org.opentechmarket.trading.domain.InquiryMessage;
import org.opentechmarket.trading.domain.InquiryMessageRepository;
import org.opentechmarket.trading.domain.InquiryRepository;
import org.opentechmarket.trading.domain.InquiryStatus;
import org.opentechmarket.trading.domain.Instalment;
import org.opentechmarket.trading.domain.NegotiationService;
import org.opentechmarket.trading.domain.NoticePeriod;
import org.opentechmarket.trading.domain.NoticeService;
import org.opentechmarket.trading.domain.OfferDraft;
import org.opentechmarket.trading.domain.Offer;
import org.opentechmarket.trading.domain.OfferRepository;
import org.opentechmarket.trading.domain.PaymentPlan;
import org.opentechmarket.trading.domain.Side;
import org.opentechmarket.trading.domain.TradingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo trading (figures written for the demo): 云栖智能装备 negotiating a licence of the demo university's oldest published
 * achievement (a seller offer and the buyer's open counter-offer), and 海曙精密制造's deal on the next one, agreed a month ago
 * after its public notice, contract signed, first instalment paid and confirmed, the second awaiting. Idempotent: nothing is
 * made when the demo buyer already has a thread on the achievement.
 */
@Component
@Order(45)
class DemoTrading implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTrading.class);
	/** The first bytes of a PDF, enough for the file store's type check. */
	private static final byte[] PDF = "%PDF-1.4\n% demo contract\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

	private final NegotiationService negotiation;
	private final NoticeService notices;
	private final DealService dealService;
	private final Deals deals;
	private final InquiryRepository inquiries;
	private final InquiryMessageRepository messages;
	private final OfferRepository offers;
	private final AgreementRepository agreements;
	private final Achievements achievements;
	private final UserAccounts users;
	private final TradingProperties properties;
	private final WorkingDays workingDays;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoTrading(NegotiationService negotiation, NoticeService notices, DealService dealService, Deals deals,
			InquiryRepository inquiries, InquiryMessageRepository messages, OfferRepository offers,
			AgreementRepository agreements, Achievements achievements, UserAccounts users, TradingProperties properties,
			WorkingDays workingDays, DemoMode demo, Environment environment, TransactionTemplate tx, Clock clock) {
		this.negotiation = negotiation;
		this.notices = notices;
		this.dealService = dealService;
		this.deals = deals;
		this.inquiries = inquiries;
		this.messages = messages;
		this.offers = offers;
		this.agreements = agreements;
		this.achievements = achievements;
		this.users = users;
		this.properties = properties;
		this.workingDays = workingDays;
		this.demo = demo;
		this.environment = environment;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		CurrentUser university = users.loadUser("demo-institution").orElse(null);
		CurrentUser yunqi = users.loadUser("demo-enterprise").orElse(null);
		CurrentUser haishu = users.loadUser("demo-enterprise2").orElse(null);
		if (university == null || yunqi == null || haishu == null) {
			return;
		}
		List<AchievementSummary> held = achievements.recentPublished(List.of(), List.of(), List.of(), 200).stream()
			.filter(a -> a.holderOrganisationId() == university.organisationId())
			.sorted(Comparator.comparingLong(AchievementSummary::id))
			.toList();
		if (held.size() < 2) {
			return;
		}
		boolean made = false;
		if (!hasThread(held.get(0).id(), yunqi)) {
			tx.executeWithoutResult(s -> negotiating(held.get(0), university, yunqi));
			made = true;
		}
		if (!hasThread(held.get(1).id(), haishu)) {
			tx.executeWithoutResult(s -> dealInPayment(held.get(1), university, haishu));
			made = true;
		}
		if (made) {
			log.info("Demo data: an inquiry thread in negotiation and a negotiated deal in payment");
		}
	}

	private boolean hasThread(long achievementId, CurrentUser buyer) {
		return inquiries.findOfOrganisation(buyer.organisationId()).stream()
			.anyMatch(i -> i.getAchievementId() == achievementId);
	}

	/** A thread in talks: the buyer asks, the seller offers, the buyer counters (open, valid two weeks). */
	private void negotiating(AchievementSummary a, CurrentUser seller, CurrentUser buyer) {
		Inquiry inquiry = negotiation.open(buyer, a.id(), "贵校该项成果能否以普通许可方式授权我公司在浙江省内使用？请报价。", null);
		negotiation.write(seller, inquiry.getId(), "可以普通许可，许可期限五年，含技术资料与现场指导。报价见下。");
		LocalDate today = LocalDate.now(clock);
		Offer offer = negotiation.offer(seller, inquiry.getId(), new OfferDraft(new BigDecimal("800000"),
				TradeMethod.LICENSE, LicenceMode.ORDINARY, "5年", "浙江省", PaymentPlan.lumpSum(today.plusDays(60)),
				"合同生效后60日内一次付清；技术资料在付款后10个工作日内交付。", today.plusDays(14), "报价供参考，可再议。"));
		negotiation.counter(buyer, offer.getId(), new OfferDraft(new BigDecimal("650000"), TradeMethod.LICENSE,
				LicenceMode.ORDINARY, "5年", "浙江省", PaymentPlan.instalments(List.of(
						new Instalment(new BigDecimal("300000"), today.plusDays(30)),
						new Instalment(new BigDecimal("350000"), today.plusDays(180)))),
				"首期于合同生效后30日内支付，二期于通过验收后支付。", today.plusDays(14), "我方建议分两期支付。"));
	}

	/**
	 * A deal agreed a month ago: the thread and the accepted offer are dated then, the notice (the seller is state-owned)
	 * ran its 15 days with no objection and is concluded by the regular notice job; then the contract is signed and the
	 * first instalment paid and confirmed.
	 */
	private void dealInPayment(AchievementSummary a, CurrentUser seller, CurrentUser buyer) {
		Clock past = Clock.offset(clock, Duration.ofDays(-30));
		LocalDate then = LocalDate.now(past);
		Inquiry inquiry = inquiries.saveAndFlush(new Inquiry(a.id(), a.title(), seller.organisationId(), seller.organisationName(),
				buyer.organisationId(), buyer.organisationName(), buyer.getUsername(), null, past));
		messages.save(new InquiryMessage(inquiry.getId(), Side.BUYER, buyer.id(), buyer.displayName(),
				"拟受让该成果用于数控机床产品线，请报价。", null, past));
		PaymentPlan plan = PaymentPlan.instalments(List.of(new Instalment(new BigDecimal("400000"), then.plusDays(40)),
				new Instalment(new BigDecimal("600000"), then.plusDays(200))));
		Offer offer = offers.saveAndFlush(new Offer(inquiry.getId(), Side.SELLER, seller.getUsername(), new BigDecimal("1000000"),
				TradeTerms.transfer(), plan, "专利权转让，含全部技术资料。", then.plusDays(14), null, past));
		messages.save(new InquiryMessage(inquiry.getId(), Side.SELLER, seller.id(), seller.displayName(), "",
				offer.getId(), past));
		offer.accept(Side.BUYER, buyer.getUsername(), then, past);
		inquiry.move(InquiryStatus.AGREED, past);
		String summary = achievements.publishedProfile(a.id()).map(AchievementProfile::abstractText).orElse(null);
		NoticePeriod period = new NoticePeriod(properties.notice().days(), properties.notice().dayKind(), workingDays);
		Agreement agreement = agreements.saveAndFlush(new Agreement(inquiry, offer, summary, true, null, false, null,
				period.end(past.instant(), past.getZone()), past));
		notices.concludeOne(agreement.getId());
		long dealId = deals.findByOrigin(DealOrigin.NEGOTIATION, agreement.getId()).orElseThrow().id();
		dealService.addDocument(seller, dealId, DealDocument.Kind.CONTRACT, "技术转让合同（演示）.pdf", PDF.length,
				new ByteArrayInputStream(PDF));
		LocalDate today = LocalDate.now(clock);
		dealService.sign(seller, dealId, today.minusDays(10));
		DealPayment first = dealService.recordPayment(buyer, dealId, new BigDecimal("400000"), today.minusDays(3),
				"DEMO-ICBC-20260001", "付款回单（演示）.pdf", PDF.length, new ByteArrayInputStream(PDF));
		dealService.confirmPayment(seller, first.getId());
	}
}
