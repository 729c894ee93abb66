package org.opentechmarket.achievement.domain;

/** Small code lists of the national registration form (科技成果登记表), each with a message key per value. */
public final class Codes {

	private Codes() {
	}

	/** 成果属性. */
	public enum InnovationAttribute {
		ORIGINAL, REINNOVATION, SECONDARY_DEVELOPMENT
	}

	/** 评价方式. */
	public enum EvaluationRoute {
		ACCEPTANCE, APPRAISAL, REVIEW, INDUSTRY_ACCESS, THIRD_PARTY, NONE
	}

	/** 成果水平. */
	public enum AchievementLevel {
		INTERNATIONAL_LEADING, INTERNATIONAL_ADVANCED, DOMESTIC_LEADING, DOMESTIC_ADVANCED, NOT_EVALUATED
	}

	/** 所处阶段. */
	public enum Stage {
		EARLY, MIDDLE, MATURE
	}

	/** 项目来源; the first three are fiscal funding and need a project number. */
	public enum FundingSource {
		NATIONAL, PROVINCIAL, MUNICIPAL, SELF, OTHER;

		public boolean isFiscal() {
			return this == NATIONAL || this == PROVINCIAL || this == MUNICIPAL;
		}
	}

	/** 知识产权类型. */
	public enum IpType {
		INVENTION_PATENT, UTILITY_MODEL, DESIGN, SOFTWARE_COPYRIGHT, IC_LAYOUT, PLANT_VARIETY, TECHNICAL_SECRET, OTHER
	}

	public enum IpStatus {
		PENDING, GRANTED, LAPSED
	}

	/** 转化方式. */
	public enum ConversionMethod {
		TRANSFER, LICENSE, EQUITY, COOPERATION, OTHER
	}

	/** Catalogue price bands in 万元, taken from the lower end of the asking price. */
	public enum PriceBand {
		NEGOTIABLE, UNDER_10, FROM_10_TO_50, FROM_50_TO_100, FROM_100_TO_500, FROM_500_TO_1000, OVER_1000;

		private static final java.math.BigDecimal[] UPPER_BOUNDS = { new java.math.BigDecimal("10"),
				new java.math.BigDecimal("50"), new java.math.BigDecimal("100"), new java.math.BigDecimal("500"),
				new java.math.BigDecimal("1000") };

		public static PriceBand of(boolean negotiable, java.math.BigDecimal minimumWan) {
			if (negotiable || minimumWan == null) {
				return NEGOTIABLE;
			}
			for (int i = 0; i < UPPER_BOUNDS.length; i++) {
				if (minimumWan.compareTo(UPPER_BOUNDS[i]) < 0) {
					return values()[i + 1];
				}
			}
			return OVER_1000;
		}
	}

	/** 证明材料类型, and which category needs which before publication (domain/achievements.md §Categories). */
	public enum EvidenceType {
		ACCEPTANCE_OPINION, EVALUATION_CERTIFICATE, IP_CERTIFICATE, TEST_REPORT, USER_CERTIFICATE, PAPER, MONOGRAPH,
		CITATION_PROOF, REVIEW_OPINION, RESEARCH_REPORT, OTHER
	}
}
