package org.opentechmarket.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.CurrentUser;

/**
 * Deposits (保证金) as the trading routes use them. Every change is a state transition of {@link DepositStatus}, audited,
 * and idempotent: repeating a change that already happened returns the deposit unchanged; a change the state does not allow
 * is a conflict ({@code DomainException.conflict}).
 */
public interface Deposits {

	/** The payer's deposit for this subject, created PENDING on the first call (one per subject and payer). */
	DepositView require(DepositSubject subject, long payerOrganisationId, BigDecimal amount);

	/** An administrator records the money as received, with the bank reference; publishes {@link DepositConfirmed}. */
	DepositView confirm(long depositId, CurrentUser admin, String bankReference);

	/** Back to the payer (a losing bidder at the close, an unsold listing, a cancelled registration). */
	DepositView release(long depositId, String reason);

	/** Kept (a winner that does not sign in time). */
	DepositView forfeit(long depositId, String reason);

	Optional<DepositView> find(long depositId);

	List<DepositView> of(DepositSubject subject);
}
