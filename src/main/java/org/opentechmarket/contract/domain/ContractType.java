package org.opentechmarket.contract.domain;

/** The five technology contract types of 民法典 第二十章 (domain/contracts.md). */
public enum ContractType {
	DEVELOPMENT, TRANSFER, LICENSE, CONSULTING, SERVICE;

	/** Transfers and licences are the contracts whose income may qualify for the income-tax relief. */
	public boolean transferOrLicense() {
		return this == TRANSFER || this == LICENSE;
	}
}
