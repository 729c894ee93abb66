package org.opentechmarket.institution.domain;

/** Demonstration-institution level (国家 / 省 / 市 技术转移示范机构), set by an administrator. */
public enum InstitutionLevel {
	NATIONAL, PROVINCIAL, CITY, NONE
}
