package org.opentechmarket.institution.demo;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.domain.DirectoryKind;
import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionProfiles;
import org.opentechmarket.institution.domain.ProfileDetails;
import org.opentechmarket.institution.domain.Rating;
import org.opentechmarket.institution.domain.RatingStatus;
import org.opentechmarket.institution.domain.Ratings;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
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
 * Demo directory (demo mode only, never under the "cli" profile): the provincial demonstration institution 浙江技术转移中心（演示）,
 * three service providers and a few approved ratings. Idempotent: a second start creates nothing.
 */
@Component
@Order(35)
class DemoInstitutions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

	private final InstitutionProfiles profiles;
	private final Ratings ratings;
	private final Organisations organisations;
	private final UserAccounts users;
	private final AuditLog audit;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoInstitutions(InstitutionProfiles profiles, Ratings ratings, Organisations organisations, UserAccounts users,
			AuditLog audit, DemoMode demo, Environment environment, TransactionTemplate tx, Clock clock) {
		this.profiles = profiles;
		this.ratings = ratings;
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
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
		tx.executeWithoutResult(status -> load());
	}

	private void load() {
		Optional<OrganisationSummary> centre = organisations.findByCreditCode(CreditCode.complete("12330000MB0000080"));
		centre.ifPresent(c -> profile(c, InstitutionLevel.PROVINCIAL, 2021, "浙科发成〔2021〕演示号",
				"省级技术转移示范机构（演示数据）：面向全省高校院所和企业提供成果评价、技术经纪、知识产权运营与转化咨询服务，"
						+ "组织成果挂牌交易与拍卖。",
				List.of("BROKERAGE", "TECH_EVALUATION", "IP", "CONSULTING", "PILOT_SCALE"), List.of("330000"),
				"0571-87000080", "service@demo-zjtt.example.cn", null));
		OrganisationSummary ip = organisations.findOrCreateVerified("浙江知联知识产权代理有限公司（演示）",
				CreditCode.complete("91330106MA0000110"), OrganisationType.SERVICE_PROVIDER, "330106");
		profile(ip, InstitutionLevel.NONE, null, null,
				"专利申请与布局、专利检索分析、知识产权质押融资辅导、成果转化中的权属核查（演示数据）。",
				List.of("IP", "LEGAL"), List.of("330100", "330200"), "0571-87000110", "ip@demo-zhilian.example.cn", null);
		OrganisationSummary valuation = organisations.findOrCreateVerified("杭州衡信资产评估有限公司（演示）",
				CreditCode.complete("91330100MA0000120"), OrganisationType.SERVICE_PROVIDER, "330100");
		profile(valuation, InstitutionLevel.NONE, null, null,
				"科技成果与无形资产评估、作价入股评估、质押评估（演示数据）。",
				List.of("VALUATION", "FINANCE", "TECH_EVALUATION"), List.of("330000"), "0571-87000120", null, null);
		OrganisationSummary law = organisations.findOrCreateVerified("浙江明律律师事务所（演示）",
				CreditCode.complete("31330000MD0000130"), OrganisationType.SERVICE_PROVIDER, "330000");
		profile(law, InstitutionLevel.NONE, null, null,
				"技术合同审查、知识产权许可与转让谈判、职务科技成果权属与赋权法律服务（演示数据）。",
				List.of("LEGAL", "IP"), List.of("330000"), "0571-87000130", "law@demo-minglv.example.cn", null);

		// approved ratings from demo clients (none of them rates its own organisation)
		rating(ip, "demo-enterprise", 5, "专利布局建议专业，响应及时。");
		rating(ip, "demo-enterprise2", 4, "检索报告详实，价格合理。");
		rating(valuation, "demo-enterprise3", 4, "评估报告规范，沟通顺畅。");
		centre.ifPresent(c -> rating(c, "demo-institution", 5, "协助完成两项专利转让，经纪服务到位。"));
		log.debug("Demo institutions and providers loaded");
	}

	private void profile(OrganisationSummary organisation, InstitutionLevel level, Integer year, String document,
			String description, List<String> services, List<String> regions, String phone, String email, String website) {
		if (profiles.findByOrganisationId(organisation.id()).isPresent()) {
			return;
		}
		DirectoryKind kind = DirectoryKind.of(organisation.type()).orElseThrow();
		InstitutionProfile profile = new InstitutionProfile(organisation.id(), kind, organisation.name(),
				organisation.regionCode(), clock);
		profile.describe(new ProfileDetails(description, null, services, regions, phone, email, website), clock);
		profile.recognise(level, year, document, Year.now(clock).getValue(), clock);
		profiles.save(profile);
		audit.record("institution.create", "institution_profile", profile.getId(), "demo " + organisation.name());
	}

	private void rating(OrganisationSummary subject, String username, int score, String comment) {
		Optional<CurrentUser> rater = users.loadUser(username);
		if (rater.isEmpty()) {
			return;
		}
		int year = Year.now(clock).getValue();
		FeedbackSubject s = FeedbackSubject.organisation(subject.id());
		if (ratings.existsBySubjectKindAndSubjectIdAndRaterUserIdAndRatingYearAndStatusNot(s.kind(), s.id(),
				rater.get().id(), year, RatingStatus.REJECTED)) {
			return;
		}
		Rating rating = new Rating(s, subject.id(), subject.name(), rater.get().id(), rater.get().organisationId(),
				rater.get().organisationName(), year, score, comment, clock);
		rating.approve("system", clock);
		ratings.save(rating);
		audit.record("feedback.rate", "feedback_rating", rating.getId(), "demo " + subject.name() + " score " + score);
	}
}
