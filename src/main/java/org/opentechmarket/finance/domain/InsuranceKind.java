package org.opentechmarket.finance.domain;

/** Technology insurance lines named in seed 001 §三(六) and domain/people.md: 研发保险, 成果转化保险, 先用后转 guarantee insurance. */
public enum InsuranceKind {
	RESEARCH, CONVERSION, FIRST_USE_GUARANTEE
}
