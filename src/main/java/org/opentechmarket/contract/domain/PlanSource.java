package org.opentechmarket.contract.domain;

/** 计划来源: which government plan (if any) funded the work the contract is about. */
public enum PlanSource {
	NATIONAL, PROVINCIAL, MUNICIPAL, OTHER, NONE
}
