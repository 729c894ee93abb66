package org.opentechmarket.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TechnicalAmountCalculatorTest {

	private final TechnicalAmountCalculator twoSets = new TechnicalAmountCalculator(2);

	private static CostItem cost(CostKind kind, int quantity, String amount) {
		return new CostItem(kind, kind.name(), quantity, new BigDecimal(amount));
	}

	@Test
	void noCostsMeansTheWholeAmountIsTechnical() {
		var r = twoSets.calculate(new BigDecimal("1800000"), List.of());
		assertThat(r.technicalAmount()).isEqualByComparingTo("1800000.00");
		assertThat(r.deducted()).isEqualByComparingTo("0");
	}

	@Test
	void purchasedEquipmentInstrumentsPartsAndMaterialsAreDeducted() {
		var r = twoSets.calculate(new BigDecimal("1000000"),
				List.of(cost(CostKind.EQUIPMENT, 1, "200000"), cost(CostKind.INSTRUMENTS, 2, "50000"),
						cost(CostKind.PARTS, 10, "30000"), cost(CostKind.RAW_MATERIALS, 1, "20000.50")));
		assertThat(r.deducted()).isEqualByComparingTo("300000.50");
		assertThat(r.technicalAmount()).isEqualByComparingTo("699999.50");
		assertThat(r.technicalAmount().scale()).isEqualTo(2);
	}

	@Test
	void documentCopiesAndSamplesAreCarriersAndStay() {
		var r = twoSets.calculate(new BigDecimal("500000"),
				List.of(cost(CostKind.DOCUMENT_COPIES, 3, "6000"), cost(CostKind.SAMPLES_AND_MEDIA, 1, "40000")));
		assertThat(r.technicalAmount()).isEqualByComparingTo("500000");
		assertThat(r.carriers()).isEqualByComparingTo("46000");
	}

	@Test
	void upToTheConfiguredSetsOfCompleteEquipmentStayTheRestIsDeducted() {
		// 3 sets at 100,000 each: 2 stay as carriers, the third is deducted
		var r = twoSets.calculate(new BigDecimal("2000000"), List.of(cost(CostKind.COMPLETE_EQUIPMENT_SET, 3, "300000")));
		assertThat(r.carriers()).isEqualByComparingTo("200000");
		assertThat(r.deducted()).isEqualByComparingTo("100000");
		assertThat(r.technicalAmount()).isEqualByComparingTo("1900000");
	}

	@Test
	void theSetAllowanceIsForTheWholeContractInTheOrderListed() {
		var r = twoSets.calculate(new BigDecimal("2000000"), List.of(cost(CostKind.COMPLETE_EQUIPMENT_SET, 1, "150000"),
				cost(CostKind.COMPLETE_EQUIPMENT_SET, 2, "240000")));
		// first item: 1 set kept; second: 1 of 2 kept (120,000), 1 deducted (120,000)
		assertThat(r.carriers()).isEqualByComparingTo("270000");
		assertThat(r.deducted()).isEqualByComparingTo("120000");
		assertThat(r.technicalAmount()).isEqualByComparingTo("1880000");
	}

	@Test
	void withOneSetConfiguredTheSecondSetIsDeducted() {
		var r = new TechnicalAmountCalculator(1).calculate(new BigDecimal("1000000"),
				List.of(cost(CostKind.COMPLETE_EQUIPMENT_SET, 2, "100000")));
		assertThat(r.deducted()).isEqualByComparingTo("50000");
		assertThat(r.technicalAmount()).isEqualByComparingTo("950000");
	}

	@Test
	void costsAboveTheContractAmountGiveANegativeAmountTheServiceRefuses() {
		var r = twoSets.calculate(new BigDecimal("100000"), List.of(cost(CostKind.EQUIPMENT, 1, "150000")));
		assertThat(r.technicalAmount().signum()).isNegative();
	}
}
