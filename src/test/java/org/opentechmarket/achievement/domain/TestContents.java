package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.AchievementContent.InventorLine;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.Codes.AchievementLevel;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvaluationRoute;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.InnovationAttribute;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;

/** Registration forms for tests: a complete, valid one per category, to be broken one field at a time. */
public final class TestContents {

	/** 60 Chinese characters: a valid abstract (50–2,000). */
	public static final String ABSTRACT = "本成果面向纺织印染车间的布面瑕疵检测需求，采用轻量化卷积神经网络在边缘设备上实时识别断经断纬破洞和油污等瑕疵，检出率高于百分之九十五。";

	private TestContents() {
	}

	public static AchievementContent validApplied(String title) {
		AchievementContent c = new AchievementContent();
		c.setTitle(title);
		c.setCategory(AchievementCategory.APPLIED);
		c.setKeywords(new ArrayList<>(List.of("机器视觉", "瑕疵检测", "边缘计算")));
		c.setAbstractText(ABSTRACT);
		c.setCompletingOrganisations(new ArrayList<>(List.of("之江理工大学")));
		c.setInventors(new ArrayList<>(List.of(
				new InventorLine("张明", "之江理工大学", "项目负责人", new BigDecimal("60")),
				new InventorLine("李华", "之江理工大学", "算法设计", new BigDecimal("40")))));
		c.setResearchStart("2021-03");
		c.setResearchEnd("2024-06");
		c.setAttribute(InnovationAttribute.ORIGINAL);
		c.setEvaluationRoute(EvaluationRoute.ACCEPTANCE);
		c.setLevel(AchievementLevel.DOMESTIC_LEADING);
		c.setStage(Stage.MATURE);
		c.setDisciplineCode("52020");
		c.setIndustryCode("396");
		c.setRegionCode("330106");
		c.setFundingSource(FundingSource.PROVINCIAL);
		c.setProjectNumber("2024C01017");
		c.setAcceptanceDate(LocalDate.of(2024, 9, 20));
		c.setTrl(7);
		c.setIpRights(new ArrayList<>(List.of(new IpLine(IpType.INVENTION_PATENT, "ZL202310456789.1",
				LocalDate.of(2023, 11, 7), IpStatus.GRANTED))));
		c.setConversionMethods(EnumSet.of(ConversionMethod.TRANSFER, ConversionMethod.LICENSE));
		c.setPriceNegotiable(false);
		c.setPriceMin(new BigDecimal("80"));
		c.setPriceMax(new BigDecimal("150"));
		c.setApplicationFields("纺织印染、无纺布、薄膜及卷材表面检测");
		c.setCooperationRequirements("技术许可或联合产业化，需提供试点产线");
		return c;
	}

	/** A basic-research registration: none of the APPLIED-only fields. */
	public static AchievementContent validBasic(String title) {
		AchievementContent c = validApplied(title);
		c.setCategory(AchievementCategory.BASIC);
		c.setTrl(null);
		c.setIpRights(new ArrayList<>());
		c.setConversionMethods(EnumSet.noneOf(ConversionMethod.class));
		c.setPriceNegotiable(false);
		c.setPriceMin(null);
		c.setPriceMax(null);
		c.setApplicationFields(null);
		c.setCooperationRequirements(null);
		c.setFundingSource(FundingSource.SELF);
		c.setProjectNumber(null);
		c.setAcceptanceDate(null);
		return c;
	}

	public static AchievementContent draftOnly(String title, AchievementCategory category) {
		AchievementContent c = new AchievementContent();
		c.setTitle(title);
		c.setCategory(category);
		return c;
	}

	/** A string of {@code n} Chinese characters (code points). */
	public static String chinese(int n) {
		StringBuilder b = new StringBuilder();
		String pool = "科技成果转化登记公示评价应用基础软科学";
		for (int i = 0; i < n; i++) {
			b.append(pool.charAt(i % pool.length()));
		}
		return b.toString();
	}
}
