package org.opentechmarket.contract.domain;

import java.util.Arrays;
import java.util.List;

/** Sub-types per contract type (domain/contracts.md §Contract types). */
public enum ContractSubType {
	COMMISSIONED(ContractType.DEVELOPMENT), COOPERATIVE(ContractType.DEVELOPMENT),
	PATENT_TRANSFER(ContractType.TRANSFER), PATENT_APPLICATION_TRANSFER(ContractType.TRANSFER),
	TECHNICAL_SECRET_TRANSFER(ContractType.TRANSFER), OTHER_TRANSFER(ContractType.TRANSFER),
	PATENT_LICENSE(ContractType.LICENSE), TECHNICAL_SECRET_LICENSE(ContractType.LICENSE), OTHER_LICENSE(ContractType.LICENSE),
	CONSULTING(ContractType.CONSULTING),
	TECHNICAL_SERVICE(ContractType.SERVICE), TECHNICAL_TRAINING(ContractType.SERVICE), TECHNICAL_INTERMEDIARY(ContractType.SERVICE);

	private final ContractType type;

	ContractSubType(ContractType type) {
		this.type = type;
	}

	public ContractType type() {
		return type;
	}

	public static List<ContractSubType> of(ContractType type) {
		return Arrays.stream(values()).filter(s -> s.type == type).toList();
	}
}
