package org.opentechmarket.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.DomainException;

class LoanLifecycleTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
	private final LocalDate today = LocalDate.of(2026, 6, 15);

	@Test
	void theAllowedTransitionsAreExactlyTheLifecycle() {
		assertThat(LoanStatus.APPLIED.next()).containsExactly(LoanStatus.APPROVED, LoanStatus.REJECTED);
		assertThat(LoanStatus.APPROVED.next()).containsExactly(LoanStatus.DISBURSED, LoanStatus.REJECTED);
		assertThat(LoanStatus.DISBURSED.next()).containsExactly(LoanStatus.REPAID, LoanStatus.DEFAULTED);
		for (LoanStatus last : EnumSet.of(LoanStatus.REPAID, LoanStatus.REJECTED, LoanStatus.DEFAULTED)) {
			assertThat(last.isFinal()).isTrue();
			for (LoanStatus any : LoanStatus.values()) {
				assertThat(last.canBecome(any)).isFalse();
			}
		}
		for (LoanStatus any : LoanStatus.values()) {
			assertThat(any.canBecome(LoanStatus.APPLIED)).as(any + " back to APPLIED").isFalse();
		}
		assertThat(EnumSet.allOf(LoanStatus.class).stream().filter(LoanStatus::wasDisbursed).toList())
			.containsExactlyInAnyOrder(LoanStatus.DISBURSED, LoanStatus.REPAID, LoanStatus.DEFAULTED);
	}

	@Test
	void aLoanKeepsTheDateOfEachStep() {
		Loan loan = loan(today.minusDays(30));
		assertThat(loan.getStatus()).isEqualTo(LoanStatus.APPLIED);
		loan.moveTo(LoanStatus.APPROVED, today.minusDays(20), clock);
		loan.moveTo(LoanStatus.DISBURSED, today.minusDays(10), clock);
		loan.moveTo(LoanStatus.REPAID, today, clock);
		assertThat(loan.getStatus()).isEqualTo(LoanStatus.REPAID);
		assertThat(loan.getApprovedOn()).isEqualTo(today.minusDays(20));
		assertThat(loan.getDisbursedOn()).isEqualTo(today.minusDays(10));
		// without a planned start date the loan starts when it is paid out
		assertThat(loan.getStartDate()).isEqualTo(today.minusDays(10));
		assertThat(loan.getClosedOn()).isEqualTo(today);
	}

	@Test
	void skippingAStepOrLeavingAFinalStatusIsAConflict() {
		Loan loan = loan(today.minusDays(5));
		assertThatThrownBy(() -> loan.moveTo(LoanStatus.DISBURSED, today, clock))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(e.code()).isEqualTo("finance.loan.transition.notAllowed");
			});
		loan.moveTo(LoanStatus.REJECTED, today, clock);
		assertThatThrownBy(() -> loan.moveTo(LoanStatus.APPROVED, today, clock)).isInstanceOf(DomainException.class);
		assertThat(loan.getStatus()).isEqualTo(LoanStatus.REJECTED);
	}

	@Test
	void aStepCannotBeDatedInTheFutureNorBeforeThePreviousStep() {
		Loan loan = loan(today.minusDays(5));
		assertThatThrownBy(() -> loan.moveTo(LoanStatus.APPROVED, today.plusDays(1), clock))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("finance.date.future"));
		assertThatThrownBy(() -> loan.moveTo(LoanStatus.APPROVED, today.minusDays(6), clock))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("finance.date.notBefore"));
		assertThat(loan.getStatus()).isEqualTo(LoanStatus.APPLIED);
		loan.moveTo(LoanStatus.APPROVED, today.minusDays(5), clock);
		assertThat(loan.getApprovedOn()).isEqualTo(today.minusDays(5));
	}

	@Test
	void aTechnologyLoanPledgesNothing() {
		Loan loan = new Loan(LoanKind.TECHNOLOGY, new Party(1, "银行", "330100"), new Party(2, "企业", "330106"), 99L,
				"ZL1", new BigDecimal("100.00"), 12, new BigDecimal("3.5"), null, today, null, "u", clock);
		assertThat(loan.getAchievementId()).isNull();
		assertThat(loan.getPledgedPatents()).isNull();
	}

	@Test
	void policiesMoveOnlyAlongTheirLifecycle() {
		assertThat(PolicyStatus.ISSUED.next()).containsExactly(PolicyStatus.CLAIMED, PolicyStatus.EXPIRED,
				PolicyStatus.CANCELLED);
		assertThat(PolicyStatus.CLAIMED.canBecome(PolicyStatus.CANCELLED)).isFalse();
		assertThat(PolicyStatus.EXPIRED.next()).isEmpty();
		InsuranceProduct product = new InsuranceProduct(new Party(1, "银行", "330100"), InsuranceKind.RESEARCH, "研发险", null,
				"u", clock);
		InsurancePolicy policy = new InsurancePolicy(product, new Party(2, "企业", "330106"), null, new BigDecimal("1000.00"),
				new BigDecimal("10.00"), today.minusDays(400), today.minusDays(35), "u", clock);
		// it cannot expire before its cover ends
		assertThatThrownBy(() -> policy.moveTo(PolicyStatus.EXPIRED, today.minusDays(36), clock))
			.isInstanceOf(DomainException.class);
		policy.moveTo(PolicyStatus.EXPIRED, today.minusDays(35), clock);
		assertThat(policy.getStatus()).isEqualTo(PolicyStatus.EXPIRED);
		assertThatThrownBy(() -> policy.moveTo(PolicyStatus.CLAIMED, today, clock))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void patentNumbersAreSplitTrimmedAndDeduplicated() {
		List<org.opentechmarket.platform.FieldViolation> violations = new java.util.ArrayList<>();
		assertThat(LoanService.patentNumbers(violations, " ZL1，ZL2; ZL1\nZL3 ")).isEqualTo("ZL1, ZL2, ZL3");
		assertThat(LoanService.patentNumbers(violations, "  ")).isNull();
		assertThat(violations).isEmpty();
		assertThat(LoanService.patentNumbers(violations, "Z".repeat(61))).isNull();
		assertThat(violations).extracting(v -> v.code()).containsExactly("finance.text.tooLong");
	}

	private Loan loan(LocalDate appliedOn) {
		return new Loan(LoanKind.PLEDGE, new Party(1, "银行", "330100"), new Party(2, "企业", "330106"), 7L, null,
				new BigDecimal("5000000.00"), 36, new BigDecimal("3.45"), null, appliedOn, null, "demo-financier", clock);
	}
}
