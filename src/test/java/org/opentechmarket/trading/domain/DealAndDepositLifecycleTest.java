package org.opentechmarket.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealStatus;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.TradeTerms;

/** The deal and deposit lifecycles: exactly the transitions domain/trading.md names, and idempotent repeats. */
class DealAndDepositLifecycleTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Test
	void dealStatusAllowsExactlyTheSpecifiedTransitions() {
		assertThat(allowed(DealStatus.AGREED)).containsExactlyInAnyOrder(DealStatus.CONTRACT_SIGNED, DealStatus.TERMINATED);
		assertThat(allowed(DealStatus.CONTRACT_SIGNED)).containsExactlyInAnyOrder(DealStatus.IN_PAYMENT,
				DealStatus.COMPLETED, DealStatus.TERMINATED);
		assertThat(allowed(DealStatus.IN_PAYMENT)).containsExactlyInAnyOrder(DealStatus.COMPLETED, DealStatus.TERMINATED);
		assertThat(allowed(DealStatus.COMPLETED)).isEmpty();
		assertThat(allowed(DealStatus.TERMINATED)).isEmpty();
		assertThat(DealStatus.COMPLETED.isFinal()).isTrue();
		assertThat(DealStatus.IN_PAYMENT.isFinal()).isFalse();
	}

	@Test
	void depositStatusAllowsExactlyTheSpecifiedTransitions() {
		assertThat(allowed(DepositStatus.PENDING)).containsExactlyInAnyOrder(DepositStatus.CONFIRMED, DepositStatus.RELEASED);
		assertThat(allowed(DepositStatus.CONFIRMED)).containsExactlyInAnyOrder(DepositStatus.RELEASED,
				DepositStatus.APPLIED, DepositStatus.FORFEITED);
		for (DepositStatus s : EnumSet.of(DepositStatus.RELEASED, DepositStatus.APPLIED, DepositStatus.FORFEITED)) {
			assertThat(allowed(s)).as(s.name()).isEmpty();
		}
	}

	@Test
	void aDepositIsConfirmedOnceAndRepeatsChangeNothing() {
		Deposit d = new Deposit(new DepositSubject("auction", 1), 7, new BigDecimal("5000"), clock);
		assertThat(d.getStatus()).isEqualTo(DepositStatus.PENDING);
		assertThat(d.getAmount()).isEqualByComparingTo("5000.00").hasScaleOf(2);
		assertThat(d.confirm("BANK-1", "admin", clock)).isTrue();
		assertThat(d.confirm("BANK-2", "other", clock)).isFalse();
		assertThat(d.getBankReference()).isEqualTo("BANK-1");
		assertThat(d.getConfirmedBy()).isEqualTo("admin");
		assertThat(d.forfeit("did not sign", clock)).isTrue();
		assertThat(d.forfeit("again", clock)).isFalse();
		assertThat(d.getClosedReason()).isEqualTo("did not sign");
		assertThatThrownBy(() -> d.release("late", clock)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
		// a deposit confirmed once stays confirmed: confirming after the forfeit is a no-op, not a new confirmation
		assertThat(d.confirm("BANK-3", "admin", clock)).isFalse();
	}

	@Test
	void aPendingDepositIsReleasedButNeverAppliedOrForfeited() {
		Deposit pending = new Deposit(new DepositSubject("listing", 2), 7, new BigDecimal("100.5"), clock);
		assertThatThrownBy(() -> pending.applyTo(3, clock)).isInstanceOf(DomainException.class)
			.hasMessage("deposit.notConfirmed");
		assertThatThrownBy(() -> pending.forfeit("x", clock)).isInstanceOf(DomainException.class)
			.hasMessage("deposit.transition.notAllowed");
		assertThat(pending.release("registration cancelled", clock)).isTrue();
		assertThat(pending.getStatus()).isEqualTo(DepositStatus.RELEASED);
		assertThatThrownBy(() -> pending.confirm("B", "admin", clock)).isInstanceOf(DomainException.class);
	}

	@Test
	void aDepositIsAppliedToOneDealOnly() {
		Deposit d = new Deposit(new DepositSubject("auction", 3), 7, new BigDecimal("10"), clock);
		d.confirm("B", "admin", clock);
		assertThat(d.applyTo(11, clock)).isTrue();
		assertThat(d.applyTo(11, clock)).isFalse();
		assertThatThrownBy(() -> d.applyTo(12, clock)).isInstanceOf(DomainException.class);
		assertThat(d.getAppliedToDealId()).isEqualTo(11);
	}

	@Test
	void aDealNeedsAPlanBeforeSigningAndKeepsItAfterwards() {
		Deal deal = new Deal(DealOrigin.AUCTION, 1, 2, "t", 3, "seller", 4, "buyer", TradeTerms.transfer(),
				new BigDecimal("1000"), clock);
		assertThat(deal.getStatus()).isEqualTo(DealStatus.AGREED);
		assertThatThrownBy(() -> deal.sign(LocalDate.of(2026, 3, 1), "u", clock)).hasMessage("deal.plan.required");
		deal.setPlan(PaymentPlan.lumpSum(LocalDate.of(2026, 4, 1)), "u", clock);
		deal.sign(LocalDate.of(2026, 3, 1), "u", clock);
		assertThat(deal.getStatus()).isEqualTo(DealStatus.CONTRACT_SIGNED);
		assertThatThrownBy(() -> deal.setPlan(PaymentPlan.lumpSum(LocalDate.of(2026, 5, 1)), "u", clock))
			.hasMessage("deal.plan.fixed");
		deal.paymentStarted(clock);
		deal.paymentStarted(clock);
		assertThat(deal.getStatus()).isEqualTo(DealStatus.IN_PAYMENT);
		deal.complete("u", clock);
		assertThatThrownBy(() -> deal.terminate("late", "u", clock)).hasMessage("deal.transition.notAllowed");
		assertThat(deal.getStatus()).isEqualTo(DealStatus.COMPLETED);
	}

	private static EnumSet<DealStatus> allowed(DealStatus from) {
		EnumSet<DealStatus> to = EnumSet.noneOf(DealStatus.class);
		for (DealStatus s : DealStatus.values()) {
			if (from.canBecome(s)) {
				to.add(s);
			}
		}
		return to;
	}

	private static EnumSet<DepositStatus> allowed(DepositStatus from) {
		EnumSet<DepositStatus> to = EnumSet.noneOf(DepositStatus.class);
		for (DepositStatus s : DepositStatus.values()) {
			if (from.canBecome(s)) {
				to.add(s);
			}
		}
		return to;
	}
}
