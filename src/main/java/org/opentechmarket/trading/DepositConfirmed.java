package org.opentechmarket.trading;

/** Published when an administrator confirms a deposit was received: the route it secures may now admit the payer. */
public record DepositConfirmed(long depositId, DepositSubject subject, long payerOrganisationId) {
}
