package org.opentechmarket.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.platform.DomainException;

class ContractLifecycleTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
	private static final BigDecimal LARGE = new BigDecimal("5000000");

	static Contract contract(String technicalAmount) {
		ContractTerms terms = new ContractTerms("测试许可", ContractType.LICENSE, ContractSubType.PATENT_LICENSE,
				LicenceMode.ORDINARY, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2031, 1, 31),
				TechnicalField.NEW_MATERIALS, IpType.PATENT, PlanSource.NONE, new BigDecimal(technicalAmount), PaymentMode.LUMP_SUM,
				null, null, false);
		Party buyer = new Party("买方公司", "CN", "330106", "170", null);
		Party seller = new Party("卖方大学", "CN", "330106", "022", 1L);
		Contract c = new Contract(1L, "330106", 2L, 3L, null,
				new Contract.Filing(terms, buyer, seller, List.of(), new BigDecimal(technicalAmount)), null, CLOCK);
		c.startClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23));
		return c;
	}

	@ParameterizedTest
	@EnumSource(value = NotRegistrableReason.class, mode = EnumSource.Mode.EXCLUDE, names = "NAME_MISMATCH")
	void everyReasonRefusesASubmittedContract(NotRegistrableReason reason) {
		Contract c = contract("100000");
		c.refuse(reason, "说明", "registrar", CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.NOT_REGISTERED);
		assertThat(c.getNotRegistrableReason()).isEqualTo(reason);
		assertThat(reason.messageKey()).isEqualTo("contract.notRegistrable." + reason.name());
		// a refused contract is final
		assertThatThrownBy(() -> c.register("2026330100010001", LocalDate.now(CLOCK), LARGE, "r", CLOCK))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void nameMismatchOnlyAfterARequestToCorrect() {
		Contract c = contract("100000");
		assertThatThrownBy(() -> c.refuse(NotRegistrableReason.NAME_MISMATCH, null, "r", CLOCK))
			.isInstanceOf(DomainException.class)
			.satisfies(e -> assertThat(((DomainException) e).violations().get(0).code())
				.isEqualTo("contract.reason.correctionFirst"));
		assertThat(c.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
		c.returnForCorrection("合同名称与约定的权利义务不符，请更正", "r", CLOCK);
		c.resubmit(new Contract.Filing(c.getTerms(), c.getBuyer(), c.getSeller(), List.of(), c.getTechnicalAmount()), null, CLOCK);
		c.refuse(NotRegistrableReason.NAME_MISMATCH, null, "r", CLOCK);
		assertThat(c.getNotRegistrableReason()).isEqualTo(NotRegistrableReason.NAME_MISMATCH);
	}

	@Test
	void refusingNeedsAReason() {
		assertThatThrownBy(() -> contract("1").refuse(null, null, "r", CLOCK)).isInstanceOf(DomainException.class);
	}

	@Test
	void returnNeedsReasonsAndOnlyAReturnedContractIsResubmitted() {
		Contract c = contract("100000");
		assertThatThrownBy(() -> c.returnForCorrection(" ", "r", CLOCK)).isInstanceOf(DomainException.class);
		var filing = new Contract.Filing(c.getTerms(), c.getBuyer(), c.getSeller(), List.of(), c.getTechnicalAmount());
		assertThatThrownBy(() -> c.resubmit(filing, null, CLOCK)).isInstanceOf(DomainException.class);
		c.returnForCorrection("缺少附件", "r", CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.RETURNED);
		assertThatThrownBy(() -> c.register("2026330100010001", LocalDate.now(CLOCK), LARGE, "r", CLOCK))
			.isInstanceOf(DomainException.class);
		c.resubmit(filing, null, CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.SUBMITTED);
		assertThat(c.getReturnCount()).isEqualTo(1);
	}

	@Test
	void largeContractsNeedAnExpertOpinionBeforeRegistration() {
		Contract c = contract("5000000");
		assertThat(c.needsExpertOpinion(LARGE)).isTrue();
		assertThatThrownBy(() -> c.register("2026330100010001", LocalDate.now(CLOCK), LARGE, "r", CLOCK))
			.isInstanceOf(DomainException.class);
		c.opinionRequested(42);
		c.recordOpinion(41, ReviewOutcome.PASSED); // another review: ignored
		assertThat(c.getOpinionOutcome()).isNull();
		c.recordOpinion(42, ReviewOutcome.PASSED);
		c.register("2026330100010001", LocalDate.now(CLOCK), LARGE, "r", CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.REGISTERED);
		assertThat(contract("4999999.99").needsExpertOpinion(LARGE)).isFalse();
	}

	@Test
	void disputedContractsNeedAnOpinionWhateverTheAmount() {
		Contract c = contract("1000");
		assertThatThrownBy(() -> c.markDisputed(" ")).isInstanceOf(DomainException.class);
		c.markDisputed("买方对技术交易额有异议");
		assertThat(c.needsExpertOpinion(LARGE)).isTrue();
	}

	@Test
	void registeredContractsAreAmendedOrCancelledAndCancelledIsFinal() {
		Contract c = contract("100000");
		c.register("2026330100010001", LocalDate.now(CLOCK), LARGE, "r", CLOCK);
		c.amend(new BigDecimal("120000"), new BigDecimal("120000.00"), "补充协议增加价款", "r", CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.AMENDED);
		assertThat(c.getTerms().getContractAmount()).isEqualByComparingTo("120000");
		c.cancel("双方解除合同", "r", CLOCK);
		assertThat(c.getStatus()).isEqualTo(ContractStatus.CANCELLED);
		assertThatThrownBy(() -> c.amend(BigDecimal.TEN, BigDecimal.TEN, "x", "r", CLOCK)).isInstanceOf(DomainException.class);
		assertThat(ContractStatus.CANCELLED.next()).isEmpty();
		assertThat(ContractStatus.NOT_REGISTERED.next()).isEmpty();
	}

	@Test
	void incomeTaxQualifiesForTransfersAndLicencesOfFiveYears() {
		assertThat(contract("1").getTerms().incomeTaxQualifying()).isTrue(); // 2026-02-01 .. 2031-01-31: five years
		ContractTerms short4 = new ContractTerms("x", ContractType.LICENSE, ContractSubType.PATENT_LICENSE, LicenceMode.ORDINARY,
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2031, 1, 30), TechnicalField.NEW_MATERIALS,
				IpType.PATENT, PlanSource.NONE, BigDecimal.ONE, PaymentMode.LUMP_SUM, null, null, false);
		assertThat(short4.incomeTaxQualifying()).isFalse();
		ContractTerms secret = new ContractTerms("x", ContractType.TRANSFER, ContractSubType.TECHNICAL_SECRET_TRANSFER, null,
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31), TechnicalField.NEW_MATERIALS,
				IpType.TECHNICAL_SECRET, PlanSource.NONE, BigDecimal.ONE, PaymentMode.LUMP_SUM, null, null, false);
		assertThat(secret.incomeTaxQualifying()).isFalse();
	}
}
