package org.opentechmarket.contract.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Nature of a contract party (法人性质) as the registration form codes it. 021, 022, 110, 150 and 170 are named in
 * domain/contracts.md; 110–300 follow 国家统计局《关于划分企业登记注册类型的规定》; 010, 023, 030 and 400 complete the list
 * for bodies that are not enterprises (platform choice, configurable only in code).
 */
public enum PartyNature {
	GOVERNMENT("010"), RESEARCH_INSTITUTE("021"), UNIVERSITY("022"), OTHER_PUBLIC_INSTITUTION("023"), SOCIAL_ORGANISATION("030"),
	STATE_OWNED("110"), COLLECTIVE("120"), JOINT_STOCK_COOPERATIVE("130"), JOINT_VENTURE("140"), LIMITED_LIABILITY("150"),
	COMPANY_LIMITED_BY_SHARES("160"), PRIVATE("170"), OTHER_DOMESTIC("190"), HK_MACAO_TAIWAN("200"), FOREIGN_INVESTED("300"),
	NATURAL_PERSON("400");

	private final String code;

	PartyNature(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<PartyNature> ofCode(String code) {
		return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
	}
}
