package org.opentechmarket.challenge.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.challenge.domain.ApplicationContent;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeContent;
import org.opentechmarket.challenge.domain.ChallengeProperties;
import org.opentechmarket.challenge.domain.ChallengeRepository;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.ReviewMethod;
import org.opentechmarket.people.OrganisationType;
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
 * Demo challenges (text written for the demo): one of 温州瓯江生物医药 open for applications, with an application of 钱塘新材料研究院
 * whose 混编 team includes an engineer of the poster; one posted by the provincial S&amp;T department for the market, with a
 * post-hoc subsidy, opening in a week. Idempotent: a challenge whose title its poster already has is not posted again.
 */
@Component
@Order(38)
class DemoChallenges implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoChallenges.class);

	private final ChallengeService challenges;
	private final ApplicationService applications;
	private final ChallengeRepository repository;
	private final ChallengeProperties properties;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoChallenges(ChallengeService challenges, ApplicationService applications, ChallengeRepository repository,
			ChallengeProperties properties, UserAccounts users, DemoMode demo, Environment environment,
			TransactionTemplate tx, Clock clock) {
		this.challenges = challenges;
		this.applications = applications;
		this.repository = repository;
		this.properties = properties;
		this.users = users;
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
		CurrentUser admin = users.loadUser("demo-admin").orElse(null);
		CurrentUser enterprise = users.loadUser("demo-enterprise3").orElse(null);
		CurrentUser institute = users.loadUser("demo-institution2").orElse(null);
		if (admin == null || enterprise == null || institute == null) {
			return;
		}
		int created = 0;
		LocalDate today = LocalDate.now(clock);
		String membrane = "中药提取液低温膜浓缩工艺及成套装备";
		if (repository.countByPosterOrganisationIdAndTitle(enterprise.organisationId(), membrane) == 0) {
			tx.executeWithoutResult(status -> {
				Challenge c = challenges.create(enterprise, new ChallengeContent(membrane,
						"我公司中药提取车间采用单效蒸发浓缩，能耗高，丹参酮等热敏成分在长时间受热中损失明显。现面向高校院所征集适用于中药水提液的低温膜分离浓缩工艺，并完成中试验证。",
						"浓缩段蒸汽能耗降低 30% 以上；指标成分保留率不低于 95%；膜通量衰减在 30 天连续运行内不超过 20%；形成可放大到 10 吨/天的工艺包。",
						"C", null, "330302", false, new BigDecimal("1500000.00"),
						EnumSet.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE), "330000", true,
						"具有膜分离或中药制药工程研究基础；鼓励与我公司工艺工程师组成混编团队。", today, today.plusDays(44),
						ReviewMethod.DEFENCE, true, criteria(), 1, false, "榜额分两期支付：中试验证通过后支付 60%，验收通过后支付 40%。"),
						null);
				challenges.submit(enterprise, c.getId());
				challenges.approve(admin, c.getId());
				applications.apply(institute, c.getId(), new ApplicationContent(
						"采用耐溶剂纳滤膜与低温反渗透两级浓缩：一级纳滤截留指标成分、透过小分子杂质，二级反渗透在 35 ℃ 以下浓缩至目标固含量；配套在线清洗方案抑制膜污染。",
						"第 1–3 个月小试筛膜；第 4–8 个月在贵公司车间搭建 1 吨/天中试线；第 9–12 个月连续运行考核并形成工艺包。",
						List.of(new ApplicationContent.Member("林晓峰", "钱塘新材料研究院", "项目负责人"),
								new ApplicationContent.Member("王敏", "钱塘新材料研究院", "膜材料"),
								new ApplicationContent.Member("赵工", "温州瓯江生物医药有限公司", "工艺工程师（企业）"))));
			});
			created++;
		}
		String coating = "海洋工程装备长效防腐涂层";
		if (repository.countByPosterOrganisationIdAndTitle(admin.organisationId(), coating) == 0) {
			tx.executeWithoutResult(status -> {
				Challenge c = challenges.create(admin, new ChallengeContent(coating,
						"省内海洋工程装备企业的钢结构在浪溅区腐蚀严重，现有涂层体系 5 年左右即需大修。面向全国征集长效防腐涂层技术，由省内企业应用验证。",
						"浪溅区涂层设计寿命不少于 15 年；中性盐雾试验 6000 小时无起泡、无锈蚀；施工适应 85% 相对湿度。", "C", null,
						"330000", false, new BigDecimal("3000000.00"),
						EnumSet.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE, OrganisationType.ENTERPRISE), null,
						true, null, today.plusDays(7), today.plusDays(66), ReviewMethod.MEETING, false, criteria(), 2, true,
						"竞争后补助：验收通过后按揭榜单位实际投入的 30% 给予补助，单个项目不超过榜额。"), null);
				challenges.submit(admin, c.getId());
			});
			created++;
		}
		if (created > 0) {
			log.info("Demo data: {} challenges", created);
		}
	}

	private List<ChallengeContent.Criterion> criteria() {
		return properties.criteria().stream().map(c -> new ChallengeContent.Criterion(c.name(), c.weight())).toList();
	}
}
