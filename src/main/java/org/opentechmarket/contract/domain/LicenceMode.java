package org.opentechmarket.contract.domain;

/** 独占 / 排他 / 普通 licence; 普通 (ordinary) when the contract does not say (domain/contracts.md). */
public enum LicenceMode {
	EXCLUSIVE, SOLE, ORDINARY
}
