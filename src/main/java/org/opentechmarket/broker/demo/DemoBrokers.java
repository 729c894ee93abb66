package org.opentechmarket.broker.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.DealTerms;
import org.opentechmarket.broker.domain.OfflineDeal;
import org.opentechmarket.broker.domain.ProfileContent;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.broker.domain.Training;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
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
 * Demo data: a profile for demo-broker (王经纪, 中级技术经纪人 with a certificate number), accepted on two of the demo university's
 * published achievements, one verified training and one verified offline deal, so the workbench and the directory show
 * points. Runs once: nothing is created when the profile exists.
 */
@Component
@Order(35)
class DemoBrokers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBrokers.class);
	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.ISO_8859_1);

	private final BrokerService brokers;
	private final RecordsService records;
	private final Achievements achievements;
	private final UserAccounts users;
	private final Organisations organisations;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoBrokers(BrokerService brokers, RecordsService records, Achievements achievements, UserAccounts users,
			Organisations organisations, DemoMode demo, Environment environment, TransactionTemplate tx, Clock clock) {
		this.brokers = brokers;
		this.records = records;
		this.achievements = achievements;
		this.users = users;
		this.organisations = organisations;
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
		CurrentUser broker = users.loadUser("demo-broker").orElse(null);
		CurrentUser holder = users.loadUser("demo-institution").orElse(null);
		CurrentUser admin = users.loadUser("demo-admin").orElse(null);
		OrganisationSummary university = organisations.findByCreditCode(CreditCode.complete("12330000MB0000020")).orElse(null);
		if (broker == null || holder == null || admin == null || university == null
				|| brokers.profileOf(broker.id()).isPresent()) {
			return;
		}
		tx.executeWithoutResult(status -> {
			brokers.saveProfile(broker, new ProfileContent(BrokerGrade.INTERMEDIATE, "ZJJJ-2024-330000-0108",
					"浙江技术转移中心技术经纪人，长期服务高校院所智能制造与新材料成果转化，擅长专利许可谈判与中试对接。",
					Set.of("520", "430"), Set.of("C"), Set.of("330000"), Set.of("中文", "English")));
			brokers.verifyGrade(admin, broker.id());
			List<AchievementSummary> published = achievements
				.recentPublished(Set.of("520", "430"), Set.of("C"), Set.of("330000"), 100).stream()
				.filter(a -> a.holderOrganisationId() == university.id())
				.limit(2)
				.toList();
			for (AchievementSummary a : published) {
				long attachment = brokers.offer(broker, a.id());
				brokers.decide(holder, attachment, true);
			}
			LocalDate today = LocalDate.now(clock);
			Training training = records.recordTraining(broker, "高校科技成果转化实务与专利许可谈判培训", today.minusDays(20),
					new BigDecimal("6.0"), 45, new RecordsService.Upload("培训签到表.pdf", PDF.length, new ByteArrayInputStream(PDF)));
			records.decideTraining(admin, training.getId(), true, "签到表与课件已核验");
			String seller = university.name();
			String buyer = "杭州云栖智能装备有限公司";
			Long achievementId = published.isEmpty() ? null : published.get(0).id();
			OfflineDeal deal = records.recordDeal(broker, seller, buyer, achievementId, today.minusDays(30),
					new DealTerms(new BigDecimal("1800000.00"), null, new BigDecimal("0.03"), new BigDecimal("500000.00"),
							new BigDecimal("0.06")),
					new RecordsService.Upload("技术许可合同.pdf", PDF.length, new ByteArrayInputStream(PDF)));
			records.decideDeal(admin, deal.getId(), true, "合同原件与付款凭证已核验");
			log.info("Demo data: broker profile for demo-broker with {} attachments, a training and an offline deal",
					published.size());
		});
	}
}
