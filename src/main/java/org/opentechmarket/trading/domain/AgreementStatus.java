package org.opentechmarket.trading.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A negotiated agreement's states: {@code IN_NOTICE → CONCLUDED} (a clean notice: the deal is recorded) | {@code BLOCKED} (an
 * objection upheld). An agreement of a seller that is not state-owned is concluded at once, without a notice.
 */
public enum AgreementStatus {
	IN_NOTICE, CONCLUDED, BLOCKED;

	private static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
			IN_NOTICE, EnumSet.of(CONCLUDED, BLOCKED),
			CONCLUDED, EnumSet.noneOf(AgreementStatus.class),
			BLOCKED, EnumSet.noneOf(AgreementStatus.class));

	public boolean canBecome(AgreementStatus next) {
		return ALLOWED.get(this).contains(next);
	}
}
