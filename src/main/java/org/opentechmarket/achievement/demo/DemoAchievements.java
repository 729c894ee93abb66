package org.opentechmarket.achievement.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementContent;
import org.opentechmarket.achievement.domain.AchievementContent.InventorLine;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.domain.Codes.AchievementLevel;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvaluationRoute;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.InnovationAttribute;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;
import org.opentechmarket.achievement.domain.FundedProject;
import org.opentechmarket.achievement.domain.FundedProjectRepository;
import org.opentechmarket.achievement.domain.RegistrationNumbers;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
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
 * Demo achievements (demo mode only): published ones for the demo university and institute, and a few in review and in
 * notice so every page has something to show. The text is the project's own, written for the demo.
 */
@Component
@Order(20)
class DemoAchievements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAchievements.class);

	private final DemoMode demo;
	private final Environment environment;
	private final Organisations organisations;
	private final AchievementRepository achievements;
	private final FundedProjectRepository projects;
	private final AchievementService service;
	private final RegistrationNumbers numbers;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoAchievements(DemoMode demo, Environment environment, Organisations organisations, AchievementRepository achievements,
			FundedProjectRepository projects, AchievementService service, RegistrationNumbers numbers, TransactionTemplate tx,
			Clock clock) {
		this.demo = demo;
		this.environment = environment;
		this.organisations = organisations;
		this.achievements = achievements;
		this.projects = projects;
		this.service = service;
		this.numbers = numbers;
		this.tx = tx;
		this.clock = clock;
	}

	record Item(String title, AchievementCategory category, String keywords, String abstractText, String discipline,
			String industry, String region, Integer trl, String price, String fields, String cooperation, String inventors,
			String project, String ip) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		OrganisationSummary university = organisations.findByCreditCode(CreditCode.complete("12330000MB0000020")).orElse(null);
		OrganisationSummary institute = organisations.findByCreditCode(CreditCode.complete("12330100MB0000030")).orElse(null);
		if (university == null || institute == null) {
			return;
		}
		tx.executeWithoutResult(s -> {
			if (!achievements.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(university.id(),
					org.opentechmarket.achievement.AchievementStatus.SUPERSEDED,
					org.springframework.data.domain.PageRequest.of(0, 1)).isEmpty()) {
				return;
			}
			int count = 0;
			for (Item item : UNIVERSITY) {
				publish(university, item);
				count++;
			}
			for (Item item : INSTITUTE) {
				publish(institute, item);
				count++;
			}
			inReview(institute, PENDING_SUBMITTED, false);
			inReview(university, PENDING_NOTICE, true);
			fundedProjects(university, institute);
			log.info("Demo data: {} published achievements, 2 in review", count);
		});
	}

	private void publish(OrganisationSummary holder, Item item) {
		AchievementContent content = content(holder, item);
		Clock past = Clock.offset(clock, Duration.ofDays(-40));
		Achievement a = Achievement.draft(holder.id(), holder.name(), "demo", content, service.derive(content), past);
		a.submit("demo", past);
		int year = LocalDate.now(past).getYear();
		a.approve(numbers.next(a.getRegionCode(), year, a.getCategory()), 15, "demo-admin", past);
		a.publish(false, clock);
		achievements.save(a);
	}

	private void inReview(OrganisationSummary holder, Item item, boolean approved) {
		AchievementContent content = content(holder, item);
		Achievement a = Achievement.draft(holder.id(), holder.name(), "demo", content, service.derive(content), clock);
		a.submit("demo", clock);
		if (approved) {
			a.approve(numbers.next(a.getRegionCode(), LocalDate.now(clock).getYear(), a.getCategory()), 15, "demo-admin",
					clock);
		}
		achievements.save(a);
	}

	private void fundedProjects(OrganisationSummary university, OrganisationSummary institute) {
		LocalDate today = LocalDate.now(clock);
		projects.save(new FundedProject("2024C01017", "面向柔性制造的机器视觉在线检测关键技术研究", university.id(), university.name(),
				FundingSource.PROVINCIAL, new BigDecimal("300.00"), today.minusDays(60), clock.instant(), "demo"));
		projects.save(new FundedProject("2024C03021", "海水淡化膜材料抗污染改性研究", university.id(), university.name(),
				FundingSource.PROVINCIAL, new BigDecimal("150.00"), today.minusDays(45), clock.instant(), "demo"));
		projects.save(new FundedProject("2025C02005", "基于多源数据的城市内涝预警模型", university.id(), university.name(),
				FundingSource.MUNICIPAL, new BigDecimal("80.00"), today.minusDays(10), clock.instant(), "demo"));
		projects.save(new FundedProject("2023YFB3805100", "高性能碳纤维复合材料低成本制造技术", institute.id(), institute.name(),
				FundingSource.NATIONAL, new BigDecimal("1200.00"), today.minusDays(90), clock.instant(), "demo"));
	}

	private static AchievementContent content(OrganisationSummary holder, Item item) {
		AchievementContent c = new AchievementContent();
		c.setTitle(item.title());
		c.setCategory(item.category());
		c.setKeywordsText(item.keywords());
		c.setAbstractText(item.abstractText());
		c.setCompletingOrganisations(new java.util.ArrayList<>(List.of(holder.name())));
		java.util.List<InventorLine> inventors = new java.util.ArrayList<>();
		for (String part : item.inventors().split(";")) {
			String[] f = part.split(":");
			inventors.add(new InventorLine(f[0], holder.name(), f[1], new BigDecimal(f[2])));
		}
		c.setInventors(inventors);
		c.setResearchStart("2021-03");
		c.setResearchEnd("2024-06");
		c.setAttribute(InnovationAttribute.ORIGINAL);
		c.setEvaluationRoute(item.project() != null ? EvaluationRoute.ACCEPTANCE : EvaluationRoute.THIRD_PARTY);
		c.setLevel(AchievementLevel.DOMESTIC_LEADING);
		c.setDisciplineCode(item.discipline());
		c.setIndustryCode(item.industry());
		c.setRegionCode(item.region());
		if (item.project() != null) {
			c.setFundingSource(FundingSource.PROVINCIAL);
			c.setProjectNumber(item.project());
			c.setAcceptanceDate(LocalDate.of(2024, 9, 20));
		}
		else {
			c.setFundingSource(FundingSource.SELF);
		}
		c.setTrl(item.trl());
		if (item.trl() != null) {
			c.setStage(item.trl() <= 3 ? Stage.EARLY : item.trl() <= 6 ? Stage.MIDDLE : Stage.MATURE);
		}
		else {
			c.setStage(Stage.EARLY);
		}
		if (item.category() == AchievementCategory.APPLIED) {
			c.setConversionMethods(EnumSet.of(ConversionMethod.TRANSFER, ConversionMethod.LICENSE));
			if ("面议".equals(item.price())) {
				c.setPriceNegotiable(true);
			}
			else {
				String[] range = item.price().split("-");
				c.setPriceMin(new BigDecimal(range[0]));
				c.setPriceMax(new BigDecimal(range[range.length - 1]));
			}
			c.setApplicationFields(item.fields());
			c.setCooperationRequirements(item.cooperation());
			if (item.ip() != null) {
				c.setIpRights(new java.util.ArrayList<>(List.of(new IpLine(IpType.INVENTION_PATENT, item.ip(),
						LocalDate.of(2023, 11, 7), IpStatus.GRANTED))));
			}
		}
		return c;
	}

	private static final List<Item> UNIVERSITY = List.of(
			new Item("基于深度学习的纺织品瑕疵在线检测系统", AchievementCategory.APPLIED, "机器视觉，深度学习，瑕疵检测，纺织",
					"本系统面向织造和印染车间，在布面高速运行的条件下采集图像，用轻量化卷积神经网络识别断经、断纬、破洞、油污等二十余类瑕疵。"
							+ "系统可部署在产线边缘计算设备上，单机覆盖幅宽三点二米，检出率达到百分之九十五以上，误报率低于百分之三，可替代人工验布。",
					"52020", "396", "330106", 7, "80-150", "纺织印染、无纺布、薄膜及卷材表面检测", "技术许可或联合产业化，需提供试点产线",
					"张明:项目负责人:45;李华:算法设计:35;王磊:系统集成:20", "2024C01017", "ZL202310456789.1"),
			new Item("海水淡化用抗污染复合反渗透膜", AchievementCategory.APPLIED, "反渗透膜，海水淡化，抗污染，复合材料",
					"通过界面聚合过程中引入两性离子单体，在聚酰胺分离层表面构建亲水抗污染层，显著降低蛋白质和腐殖酸的吸附。"
							+ "中试膜元件在海水淡化工况下脱盐率保持在百分之九十九点七，通量衰减较商用膜降低约一半，清洗周期延长一倍以上。",
					"43055", "265", "330203", 6, "200-300", "海水淡化、工业废水回用、苦咸水处理", "寻求膜材料企业合作中试放大",
					"陈静:项目负责人:50;刘洋:膜制备:30;赵倩:性能评价:20", "2024C03021", "ZL202210987654.3"),
			new Item("锂离子电池健康状态快速评估方法及装置", AchievementCategory.APPLIED, "锂电池，健康状态，梯次利用，储能",
					"针对退役动力电池梯次利用中分选效率低的问题，提出基于短时脉冲激励和弛豫电压特征的健康状态评估方法，"
							+ "十分钟内即可给出单体容量估计，误差小于百分之三，已研制便携式检测装置，适用于回收站点和储能电站的快速分选。",
					"48040", "384", "330106", 6, "面议", "动力电池回收、梯次利用、储能电站运维", "转让或许可，可提供技术培训",
					"孙伟:项目负责人:40;周敏:建模:35;吴昊:装置研制:25", null, "ZL202311223344.5"),
			new Item("农田土壤墒情物联网监测与精准灌溉决策平台", AchievementCategory.APPLIED, "物联网，精准灌溉，土壤墒情，智慧农业",
					"平台由低功耗土壤水分温度传感节点、窄带物联网网关和云端决策系统组成，根据作物需水模型和天气预报生成灌溉处方，"
							+ "在水稻和茶园示范应用中节水约百分之二十五，节省人工约百分之四十，支持手机端远程控制水泵和阀门。",
					"41650", "653", "330522", 8, "30-60", "大田作物、茶园、果园的节水灌溉", "技术服务或许可，面向农业合作社和农服企业",
					"郑浩:项目负责人:60;冯雪:软件开发:40", null, null),
			new Item("面向中小企业的工业设备预测性维护软件", AchievementCategory.APPLIED, "预测性维护，振动分析，工业互联网，故障诊断",
					"软件采集电机、风机、泵等旋转设备的振动和电流信号，结合包络谱分析与迁移学习模型判断轴承、齿轮和不对中故障，"
							+ "提前数天给出维护建议。已在三家制造企业部署，非计划停机时间下降约三成，支持私有化部署和多厂区统一管理。",
					"52060", "651", "330108", 7, "50-100", "机械制造、化工、水务等有旋转设备的工厂", "软件许可，可按厂区授权",
					"何军:项目负责人:50;许丽:算法:30;韩涛:软件:20", null, null),
			new Item("可降解聚乳酸发泡餐盒成型技术", AchievementCategory.APPLIED, "聚乳酸，生物降解，发泡成型，包装材料",
					"采用扩链改性提高聚乳酸熔体强度，配合超临界二氧化碳物理发泡和连续热成型工艺，制得密度低、耐热性好的发泡餐盒，"
							+ "可耐受九十摄氏度热水，在工业堆肥条件下六个月内降解，成本与传统泡沫餐盒相比仅高约两成。",
					"43050", "265", "330106", 6, "100-200", "一次性餐具、生鲜托盘、缓冲包装", "寻求包装企业合作建设示范线",
					"曹杰:项目负责人:55;彭颖:工艺:45", null, "ZL202210112233.4"),
			new Item("城市内涝风险实时预警模型", AchievementCategory.APPLIED, "城市内涝，水文模型，风险预警，智慧城市",
					"融合雷达降雨临近预报、排水管网水力模型和道路积水监测数据，建立分钟级更新的城市内涝风险预警模型，"
							+ "可提前一小时预测易涝点积水深度，已在试点城区的防汛指挥中应用，为交通管制和人员疏散提供依据。",
					"57010", "653", "330106", 7, "面议", "城市防汛、排水运营、交通管理", "技术服务，与水务公司或平台商合作",
					"罗斌:项目负责人:50;谢芳:水文建模:30;唐宇:系统开发:20", null, null),
			new Item("高精度微型光纤温度传感器", AchievementCategory.APPLIED, "光纤传感，温度测量，电力设备，在线监测",
					"利用光纤端面微腔的法布里—珀罗干涉原理测量温度，探头直径小于一毫米，测温范围零下四十到三百摄氏度，分辨率零点一摄氏度，"
							+ "抗电磁干扰，适用于变压器绕组、开关柜触头和锂电池内部等强电磁环境下的温度在线监测。",
					"51020", "401", "330106", 5, "60-120", "电力设备监测、新能源电池、医疗热疗", "许可或作价投资",
					"袁刚:项目负责人:40;邓琳:光学设计:35;蒋凯:封装:25", null, "ZL202310778899.0"),
			new Item("茶叶加工过程品质智能监控系统", AchievementCategory.APPLIED, "茶叶加工，近红外光谱，品质监控，数字化",
					"在杀青、揉捻、干燥等关键工序布设近红外光谱和温湿度传感器，实时估计茶叶含水率和主要品质成分，自动调整加工参数，"
							+ "使名优绿茶加工的批次一致性明显提高，已在多家茶企应用，降低对制茶师傅经验的依赖。",
					"21045", "653", "330111", 8, "20-50", "茶叶及其他农产品加工", "技术许可和设备配套",
					"沈亮:项目负责人:70;韦佳:光谱建模:30", null, null),
			new Item("工业机器人离线编程与轨迹优化软件", AchievementCategory.APPLIED, "工业机器人，离线编程，轨迹优化，焊接",
					"软件导入工件三维模型后自动生成焊接、打磨和喷涂轨迹，考虑关节限位、奇异点和碰撞约束进行时间最优规划，"
							+ "支持主流品牌机器人后置代码输出，可将新产品的示教调试时间从数天缩短到数小时。",
					"46050", "651", "330106", 7, "40-80", "焊接、打磨、喷涂等机器人应用", "软件许可或联合开发",
					"杜鹏:项目负责人:50;姚琴:运动规划:30;钟睿:软件:20", null, null),
			new Item("区域科技成果转化效率评价方法研究", AchievementCategory.SOFT, "成果转化，效率评价，指标体系，区域创新",
					"构建覆盖投入、过程和产出的区域科技成果转化效率评价指标体系，采用数据包络分析和空间计量方法，"
							+ "对省内各地市近五年的转化效率进行测度和比较，识别技术市场活跃度和中介服务能力等关键影响因素，提出分类施策建议。",
					"63035", "M", "330100", null, null, null, null,
					"钱晨:课题负责人:60;孔悦:数据分析:40", null, null),
			new Item("二维材料界面电荷转移机理研究", AchievementCategory.BASIC, "二维材料，界面，电荷转移，第一性原理",
					"结合超快光谱实验与第一性原理计算，揭示过渡金属硫族化合物异质结中层间电荷转移的时间尺度及其与堆垛角度的依赖关系，"
							+ "提出通过界面应变调控激子寿命的新途径，相关成果为新型光电探测器的设计提供了理论依据。",
					"14050", "73", "330106", 2, null, null, null,
					"黄旭:课题负责人:50;林悦:实验:30;梁哲:计算:20", null, null));

	private static final List<Item> INSTITUTE = List.of(
			new Item("碳纤维复合材料快速固化成型工艺", AchievementCategory.APPLIED, "碳纤维，复合材料，快速固化，汽车轻量化",
					"开发中温快速固化环氧树脂体系和配套的高压树脂传递模塑工艺，单件成型周期缩短到五分钟以内，制件孔隙率低于百分之一，"
							+ "已用于新能源汽车电池包上盖和座椅骨架的样件试制，减重效果达到百分之四十以上。",
					"43055", "265", "330114", 6, "300-500", "汽车轻量化、轨道交通内饰、无人机结构件", "联合产业化或作价投资",
					"潘峰:项目负责人:45;傅琳:树脂配方:30;戴伟:工艺装备:25", null, "ZL202210556677.8"),
			new Item("废旧锂电池正极材料短流程再生技术", AchievementCategory.APPLIED, "电池回收，正极材料，再生，循环经济",
					"以低温焙烧选择性提锂结合固相补锂修复工艺，直接将废旧三元正极材料再生为可用的正极粉体，"
							+ "相比湿法冶金流程化学试剂用量减少六成以上，再生材料首次放电容量恢复至新料的百分之九十七。",
					"53041", "384", "330114", 5, "面议", "动力电池回收、正极材料生产", "技术转让或合作建设中试线",
					"夏宁:项目负责人:60;方圆:工艺:40", null, "ZL202311998877.6"),
			new Item("石墨烯改性防腐涂料", AchievementCategory.APPLIED, "石墨烯，防腐涂料，海洋工程，复合材料",
					"通过表面功能化处理改善石墨烯在环氧树脂中的分散，制备的防腐涂层在盐雾试验中耐受时间超过三千小时，"
							+ "涂层厚度较传统富锌涂料减少三分之一，适用于海上风电、跨海桥梁和港口设施等严酷腐蚀环境。",
					"43099", "26", "330114", 7, "150-300", "海洋工程、桥梁钢结构、化工储罐", "许可或转让",
					"崔岩:项目负责人:50;程悦:配方:50", null, null),
			new Item("高导热绝缘环氧灌封胶", AchievementCategory.APPLIED, "导热材料，灌封胶，电子封装，新能源",
					"采用氮化硼与氧化铝复配填料和界面偶联技术，灌封胶导热系数达到每米开尔文一点五瓦，同时保持良好的流动性和电绝缘性，"
							+ "可用于电机控制器、充电桩模块和光伏逆变器的灌封，提升散热能力并延长器件寿命。",
					"43050", "26", "330114", 7, "50-100", "新能源汽车电控、充电设施、光伏逆变器", "转让或许可",
					"邹强:项目负责人:55;朱敏:测试:45", null, null));

	private static final Item PENDING_SUBMITTED = new Item("低温等离子体处理农药残留技术", AchievementCategory.APPLIED,
			"等离子体，农药残留，果蔬保鲜，食品安全",
			"利用大气压低温等离子体产生的活性物种降解果蔬表面有机磷类农药残留，处理十分钟降解率超过百分之八十，"
					+ "对果蔬色泽和营养成分影响很小，设备可集成在清洗分拣线上，适合果蔬流通企业和中央厨房使用。",
			"55020", "35", "330114", 5, "面议", "果蔬清洗加工、中央厨房", "寻求设备企业联合开发",
			"贺然:项目负责人:100", null, null);

	private static final Item PENDING_NOTICE = new Item("桥梁缆索智能巡检机器人", AchievementCategory.APPLIED,
			"巡检机器人，桥梁缆索，无损检测，智能运维",
			"机器人沿斜拉索或悬索自主攀爬，搭载高清相机和漏磁检测模块，可识别护套破损和内部钢丝断丝，"
					+ "单次巡检覆盖索长三百米，检测数据自动生成三维病害图谱，大幅降低高空人工作业风险。",
			"58010", "35", "330106", 6, "100-200", "桥梁运维、缆索检测", "技术许可或联合开发",
			"高翔:项目负责人:60;陆琪:机械设计:40", null, null);
}
