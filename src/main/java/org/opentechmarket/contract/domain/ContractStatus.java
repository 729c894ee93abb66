package org.opentechmarket.contract.domain;

import java.util.EnumSet;
import java.util.Set;

/** The registration lifecycle; every allowed transition is listed here and nowhere else (domain/contracts.md §Registration). */
public enum ContractStatus {
	SUBMITTED, RETURNED, REGISTERED, NOT_REGISTERED, AMENDED, CANCELLED;

	public Set<ContractStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(RETURNED, REGISTERED, NOT_REGISTERED);
			case RETURNED -> EnumSet.of(SUBMITTED);
			case REGISTERED, AMENDED -> EnumSet.of(AMENDED, CANCELLED);
			case NOT_REGISTERED, CANCELLED -> EnumSet.noneOf(ContractStatus.class);
		};
	}

	public boolean mayBecome(ContractStatus target) {
		return next().contains(target);
	}

	/** Registered and still in force (amended counts). */
	public boolean inForce() {
		return this == REGISTERED || this == AMENDED;
	}
}
