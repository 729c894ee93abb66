package org.opentechmarket.contract.domain;

/**
 * Kinds of itemised non-technical cost. Purchased equipment, instruments, parts and raw materials are deducted from the contract
 * amount; technology carriers are not (necessary copies of documents; samples, media and strains needed to master the
 * technology; complete equipment sets or test rigs up to the configured number of sets) — 技术合同认定规则, domain/contracts.md.
 */
public enum CostKind {
	EQUIPMENT(Treatment.DEDUCTED), INSTRUMENTS(Treatment.DEDUCTED), PARTS(Treatment.DEDUCTED),
	RAW_MATERIALS(Treatment.DEDUCTED), DOCUMENT_COPIES(Treatment.CARRIER), SAMPLES_AND_MEDIA(Treatment.CARRIER),
	COMPLETE_EQUIPMENT_SET(Treatment.CARRIER_BY_SETS);

	public enum Treatment {
		DEDUCTED, CARRIER, CARRIER_BY_SETS
	}

	private final Treatment treatment;

	CostKind(Treatment treatment) {
		this.treatment = treatment;
	}

	public Treatment treatment() {
		return treatment;
	}
}
