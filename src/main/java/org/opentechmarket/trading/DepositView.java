package org.opentechmarket.trading;

import java.math.BigDecimal;
import java.time.Instant;

/** A deposit as other modules see it; the bank reference and who confirmed it are recorded for the audit. */
public record DepositView(long id, DepositSubject subject, long payerOrganisationId, BigDecimal amount,
		DepositStatus status, String bankReference, String confirmedBy, Instant confirmedAt, Long appliedToDealId) {
}
