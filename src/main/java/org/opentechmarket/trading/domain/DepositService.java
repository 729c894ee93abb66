package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositConfirmed;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.Deposits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposits (保证金). Every change locks the deposit's row, so two confirmations (a double click, a retried POST, two
 * administrators) are ordered: the first changes the state, the second finds the change made and returns the deposit as it is.
 * Creation is serialised per subject and payer with a transaction-scoped advisory lock, so two first calls make one deposit.
 */
@Service
@Transactional
public class DepositService implements Deposits {

	static final int BANK_REFERENCE_MAX = 100;
	static final int REASON_MAX = 2000;

	private final DepositRepository deposits;
	private final UserAccounts users;
	private final AuditLog audit;
	private final Inbox inbox;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DepositService(DepositRepository deposits, UserAccounts users, AuditLog audit, Inbox inbox,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.deposits = deposits;
		this.users = users;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public DepositView require(DepositSubject subject, long payerOrganisationId, BigDecimal amount) {
		if (!Money.isValid(amount)) {
			throw DomainException.invalid(List.of(FieldViolation.of("deposit", "trading.amount.invalid")));
		}
		jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {
		}, "deposit:" + subject.kind() + ":" + subject.id() + ":" + payerOrganisationId);
		Optional<Deposit> existing = deposits.findBySubjectKindAndSubjectIdAndPayerOrganisationId(subject.kind(),
				subject.id(), payerOrganisationId);
		if (existing.isPresent()) {
			Deposit d = existing.get();
			if (d.getAmount().compareTo(amount) != 0) {
				throw DomainException.conflict("deposit.amountDiffers", d.getId(), Money.text(d.getAmount()));
			}
			return d.view();
		}
		Deposit d = deposits.saveAndFlush(new Deposit(subject, payerOrganisationId, amount, clock));
		audit.record("deposit.require", "deposit", d.getId(),
				subject.kind() + ":" + subject.id() + " payer " + payerOrganisationId + " " + Money.text(d.getAmount()));
		return d.view();
	}

	@Override
	public DepositView confirm(long depositId, CurrentUser admin, String bankReference) {
		requireAdmin(admin);
		String reference = bankReference == null ? null : bankReference.strip();
		if (reference == null || reference.isEmpty()) {
			throw DomainException.invalid(List.of(FieldViolation.of("bankReference", "validation.required")));
		}
		if (reference.length() > BANK_REFERENCE_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("bankReference", "validation.size.max",
					BANK_REFERENCE_MAX)));
		}
		Deposit d = lock(depositId);
		if (!d.confirm(reference, admin.getUsername(), clock)) {
			return d.view();
		}
		audit.record("deposit.confirm", "deposit", d.getId(), Money.text(d.getAmount()) + " ref " + reference);
		for (CurrentUser member : users.members(d.getPayerOrganisationId())) {
			inbox.deliver(member.id(), "trading.inbox.depositConfirmed",
					List.of(Money.text(d.getAmount()), d.getSubjectKind() + " " + d.getSubjectId()), null);
		}
		events.publishEvent(new DepositConfirmed(d.getId(), d.subject(), d.getPayerOrganisationId()));
		return d.view();
	}

	@Override
	public DepositView release(long depositId, String reason) {
		String why = reason(reason);
		Deposit d = lock(depositId);
		if (d.release(why, clock)) {
			audit.record("deposit.release", "deposit", d.getId(), Money.text(d.getAmount()) + ": " + why);
		}
		return d.view();
	}

	@Override
	public DepositView forfeit(long depositId, String reason) {
		String why = reason(reason);
		Deposit d = lock(depositId);
		if (d.forfeit(why, clock)) {
			audit.record("deposit.forfeit", "deposit", d.getId(), Money.text(d.getAmount()) + ": " + why);
		}
		return d.view();
	}

	/** An administrator releases a deposit by hand (e.g. a registration cancelled before the start). */
	public DepositView release(CurrentUser admin, long depositId, String reason) {
		requireAdmin(admin);
		return release(depositId, reason);
	}

	public DepositView forfeit(CurrentUser admin, long depositId, String reason) {
		requireAdmin(admin);
		return forfeit(depositId, reason);
	}

	/** Applies a confirmed deposit of the buyer to a deal (in the deal's transaction). */
	void applyTo(long depositId, long dealId, long buyerOrganisationId) {
		Deposit d = lock(depositId);
		if (d.getPayerOrganisationId() != buyerOrganisationId) {
			throw DomainException.conflict("deposit.notBuyers", depositId);
		}
		if (d.applyTo(dealId, clock)) {
			audit.record("deposit.apply", "deposit", d.getId(), Money.text(d.getAmount()) + " to deal " + dealId);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DepositView> find(long depositId) {
		return deposits.findById(depositId).map(Deposit::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DepositView> of(DepositSubject subject) {
		return deposits.findBySubjectKindAndSubjectIdOrderByIdAsc(subject.kind(), subject.id()).stream()
			.map(Deposit::view)
			.toList();
	}

	/** A deposit for its payer's members and administrators; 404 for everyone else. */
	@Transactional(readOnly = true)
	public DepositView view(CurrentUser user, long depositId) {
		return deposits.findById(depositId)
			.filter(d -> user != null && (user.isAdmin() || user.belongsTo(d.getPayerOrganisationId())))
			.map(Deposit::view)
			.orElseThrow(() -> DomainException.notFound("deposit.notFound", depositId));
	}

	/** Deposits awaiting confirmation, and confirmed ones not yet released, applied or forfeited (administrators). */
	@Transactional(readOnly = true)
	public List<Deposit> open(CurrentUser admin) {
		requireAdmin(admin);
		return deposits.findByStatusInOrderByCreatedAtAscIdAsc(EnumSet.of(DepositStatus.PENDING, DepositStatus.CONFIRMED));
	}

	@Transactional(readOnly = true)
	public List<Deposit> ofPayer(CurrentUser user) {
		return deposits.findByPayerOrganisationIdOrderByCreatedAtDesc(user.organisationId());
	}

	@Transactional(readOnly = true)
	List<Deposit> appliedTo(long dealId) {
		return deposits.findByAppliedToDealIdOrderByIdAsc(dealId);
	}

	private Deposit lock(long depositId) {
		return deposits.findByIdForUpdate(depositId)
			.orElseThrow(() -> DomainException.notFound("deposit.notFound", depositId));
	}

	private static String reason(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.required")));
		}
		if (why.length() > REASON_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.size.max", REASON_MAX)));
		}
		return why;
	}

	static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}
}
