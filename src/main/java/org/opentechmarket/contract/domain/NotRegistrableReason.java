package org.opentechmarket.contract.domain;

/**
 * Why a contract is not registered (不予登记), the 火炬中心 list in domain/contracts.md. Each has the message key
 * {@code contract.notRegistrable.<NAME>}. {@link #NAME_MISMATCH} may only be given after the registrar has asked for a correction
 * (the contract was returned at least once).
 */
public enum NotRegistrableReason {
	INVALID_OR_NOT_EFFECTIVE, NOT_A_TECHNOLOGY_CONTRACT, UNCLEAR_PARTIES_SUBJECT_OR_PRICE, APPROVAL_MISSING, NAME_MISMATCH,
	ILLEGAL_RESTRICTION, DOCUMENTS_MISSING, SEAL_MISSING_OR_MISMATCHED, ORAL_CONTRACT;

	public String messageKey() {
		return "contract.notRegistrable." + name();
	}

	public boolean requiresPriorCorrectionRequest() {
		return this == NAME_MISMATCH;
	}
}
