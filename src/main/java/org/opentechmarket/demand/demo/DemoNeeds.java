package org.opentechmarket.demand.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Contact;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedRepository;
import org.opentechmarket.demand.domain.NeedService;
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
 * Demo needs (text written for the demo, not taken from real listings): open needs of the three demo enterprises, one of
 * them in talks with the demo university. Idempotent: a need whose title its enterprise already has is not posted again.
 */
@Component
@Order(35)
class DemoNeeds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

	private final NeedService service;
	private final NeedRepository needs;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoNeeds(NeedService service, NeedRepository needs, UserAccounts users, DemoMode demo, Environment environment,
			TransactionTemplate tx, Clock clock) {
		this.service = service;
		this.needs = needs;
		this.users = users;
		this.demo = demo;
		this.environment = environment;
		this.tx = tx;
		this.clock = clock;
	}

	private record Demo(String poster, String title, String description, String state, String targets, String industry,
			String region, EnumSet<Cooperation> cooperation, String budgetMin, String budgetMax, Integer trl, int days,
			List<String> keywords, String contactName, String phone, String email, boolean talks) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		CurrentUser admin = users.loadUser("demo-admin").orElse(null);
		CurrentUser university = users.loadUser("demo-institution").orElse(null);
		if (admin == null || university == null) {
			return;
		}
		int created = 0;
		for (Demo d : DEMOS) {
			CurrentUser poster = users.loadUser(d.poster()).orElse(null);
			if (poster == null || needs.countByOwnerOrganisationIdAndTitle(poster.organisationId(), d.title()) > 0) {
				continue;
			}
			Boolean done = tx.execute(status -> {
				NeedContent content = new NeedContent(d.title(), d.description(), d.state(), d.targets(), d.industry(), null,
						d.region(), d.cooperation(), d.budgetMin() == null, d.budgetMin() == null ? null
								: new BigDecimal(d.budgetMin()), d.budgetMax() == null ? null : new BigDecimal(d.budgetMax()),
						d.trl(), LocalDate.now(clock).plusDays(d.days()), d.contactName(), d.phone(), d.email(),
						d.keywords());
				Need need = service.create(poster, content, null);
				service.submit(poster, need.getId());
				service.approve(admin, need.getId());
				if (d.talks()) {
					var talk = service.requestTalks(university, need.getId(),
							"我校机械工程学院团队在该方向有多年积累，已有样机，希望与贵公司面谈合作方式。",
							new Contact("陈老师", "0571-88000001", "chen.demo@example.edu.cn"));
					service.decideTalks(poster, talk.getId(), true);
				}
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Demo data: {} technology needs", created);
		}
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("demo-enterprise", "焊接机器人焊缝视觉跟踪系统",
					"我公司自动化焊接产线的工件拼缝间隙不一致，现有示教再现方式无法实时纠偏，焊偏导致返修率偏高。需要一套基于视觉的焊缝识别与跟踪方案，可集成到现有六轴焊接机器人上。",
					"目前采用人工示教，每种工件需重新示教，换型耗时约两小时。",
					"焊缝跟踪精度优于 ±0.3 mm；焊接速度 1 m/min 下实时纠偏；换型时间缩短到 30 分钟以内。", "C", "330106",
					EnumSet.of(Cooperation.COMMISSIONED_DEVELOPMENT, Cooperation.JOINT_DEVELOPMENT), "300000", "800000", 6,
					180, List.of("焊缝跟踪", "机器视觉", "焊接机器人"), "王工", "0571-86000050", "wang.demo@yunqi.example.com",
					true),
			new Demo("demo-enterprise", "伺服电机减速器噪声诊断方法",
					"装配下线的伺服减速器需逐台检测异响，目前依靠工人听音判断，漏检和误判较多。希望获得基于振动或声学信号的在线诊断技术。",
					"每台人工听音约 3 分钟，漏检率约 2%。", "单台检测时间不超过 30 秒，漏检率低于 0.5%。", "C", "330106",
					EnumSet.of(Cooperation.TRANSFER, Cooperation.LICENSE, Cooperation.TECHNICAL_SERVICE), null, null, 5, 240,
					List.of("故障诊断", "振动分析", "减速器"), "王工", "0571-86000050", "wang.demo@yunqi.example.com", false),
			new Demo("demo-enterprise2", "精密零件表面微小缺陷在线检测",
					"我公司生产的精密轴类零件需要检测表面划痕、磕碰等微小缺陷，现有抽检方式难以满足客户全检要求，寻求高速在线视觉检测技术。",
					"采用人工目检加抽检，夜班质量波动明显。", "可检出 0.05 mm 以上缺陷，节拍不低于每分钟 60 件，误报率低于 1%。", "C",
					"330203", EnumSet.of(Cooperation.COMMISSIONED_DEVELOPMENT, Cooperation.TRANSFER), "500000", "1500000", 6,
					200, List.of("缺陷检测", "机器视觉", "精密零件"), "李经理", "0574-87000060", "li.demo@haishu.example.com",
					false),
			new Demo("demo-enterprise3", "中药提取液膜分离浓缩工艺",
					"我公司中药提取车间采用传统蒸发浓缩，能耗高且热敏成分损失大。寻求适用于中药提取液的膜分离浓缩工艺及成套装备。",
					"单效蒸发浓缩，蒸汽消耗大，有效成分保留率约 80%。", "能耗降低 30% 以上，有效成分保留率不低于 95%，可连续运行。", "C",
					"330302", EnumSet.of(Cooperation.JOINT_DEVELOPMENT, Cooperation.EQUITY), "1000000", "3000000", 7, 300,
					List.of("膜分离", "中药提取", "浓缩"), "赵主任", "0577-88000070", "zhao.demo@oujiang.example.com", false));
}
