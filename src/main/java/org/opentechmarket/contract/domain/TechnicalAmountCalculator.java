package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 技术交易额 = contract amount − non-technical costs (domain/contracts.md §Technical transaction amount). Purchased equipment,
 * instruments, parts and raw materials are deducted. Technology carriers are not: document copies and samples/media in full, and
 * complete equipment sets or test rigs up to {@code carrierSets} sets over the whole contract (in the order listed); sets beyond
 * the allowance are deducted at their item's price per set. Amounts in yuan, two decimals.
 */
public final class TechnicalAmountCalculator {

	private final int carrierSets;

	public TechnicalAmountCalculator(int carrierSets) {
		if (carrierSets < 0) {
			throw new IllegalArgumentException("carrier sets must not be negative");
		}
		this.carrierSets = carrierSets;
	}

	/**
	 * @param deducted non-technical costs taken off the contract amount
	 * @param carriers costs kept in the 技术交易额 as technology carriers
	 * @param technicalAmount contract amount − deducted; negative when the costs exceed the contract amount (the caller refuses it)
	 */
	public record Result(BigDecimal deducted, BigDecimal carriers, BigDecimal technicalAmount) {
	}

	public Result calculate(BigDecimal contractAmount, List<CostItem> costs) {
		BigDecimal deducted = BigDecimal.ZERO;
		BigDecimal carriers = BigDecimal.ZERO;
		int setsLeft = carrierSets;
		for (CostItem c : costs) {
			BigDecimal amount = c.getAmount();
			switch (c.getKind().treatment()) {
				case DEDUCTED -> deducted = deducted.add(amount);
				case CARRIER -> carriers = carriers.add(amount);
				case CARRIER_BY_SETS -> {
					int sets = Math.max(1, c.getQuantity());
					int kept = Math.min(sets, setsLeft);
					setsLeft -= kept;
					BigDecimal keptAmount = kept == sets ? amount
							: amount.multiply(BigDecimal.valueOf(kept)).divide(BigDecimal.valueOf(sets), 2, RoundingMode.HALF_UP);
					carriers = carriers.add(keptAmount);
					deducted = deducted.add(amount.subtract(keptAmount));
				}
			}
		}
		return new Result(scale(deducted), scale(carriers), scale(contractAmount.subtract(deducted)));
	}

	private static BigDecimal scale(BigDecimal v) {
		return v.setScale(2, RoundingMode.HALF_UP);
	}
}
