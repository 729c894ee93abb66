package org.opentechmarket.contract.domain;

/** 技术领域 of the national technology-contract statistics (火炬中心 全国技术市场统计年度报告 classification). */
public enum TechnicalField {
	ELECTRONIC_INFORMATION, AEROSPACE, ADVANCED_MANUFACTURING, BIOMEDICINE, NEW_MATERIALS, NEW_ENERGY, ENVIRONMENT, AGRICULTURE,
	MODERN_TRANSPORT, URBAN_AND_SOCIAL, NUCLEAR
}
