package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money of one deal from the broker's side, in exact decimal arithmetic (yuan, 2 decimals, half-up): the agreed commission —
 * a fixed amount or a rate of the contract amount — and the transfer staff's share of the reward pool (收益分配). The share is
 * compared with the configured floor ({@code otm.broker.reward.minimum-staff-share}, Zhejiang: ≥ 5 %, domain/policy.md): below
 * it the platform warns, it does not refuse (the holder's own rules and the actual payment are outside the platform).
 *
 * @param contractAmount the contract amount (合同成交额)
 * @param commissionAmount an agreed fixed commission, or null
 * @param commissionRate an agreed commission rate of the contract amount (0.03 = 3 %), or null
 * @param rewardPool the reward pool (奖励总额) of the conversion, or null when not known
 * @param staffShare the transfer staff's share of the pool (0.05 = 5 %), or null
 */
public record DealTerms(BigDecimal contractAmount, BigDecimal commissionAmount, BigDecimal commissionRate,
		BigDecimal rewardPool, BigDecimal staffShare) {

	private static final int MONEY_SCALE = 2;

	/** The commission in yuan: the fixed amount, or the rate times the contract amount; null when none was agreed. */
	public BigDecimal commission() {
		if (commissionAmount != null) {
			return commissionAmount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
		}
		if (commissionRate != null && contractAmount != null) {
			return contractAmount.multiply(commissionRate).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
		}
		return null;
	}

	/** The transfer staff's reward: pool × share; null unless both are known. */
	public BigDecimal staffReward() {
		if (rewardPool == null || staffShare == null) {
			return null;
		}
		return rewardPool.multiply(staffShare).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
	}

	/** The least the transfer staff should get from the pool under the configured floor; null without a pool. */
	public BigDecimal minimumStaffReward(BigDecimal minimumShare) {
		return rewardPool == null ? null : rewardPool.multiply(minimumShare).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
	}

	/** True when a share is recorded and it is below the floor: the page shows a warning. */
	public boolean shareBelow(BigDecimal minimumShare) {
		return staffShare != null && staffShare.compareTo(minimumShare) < 0;
	}
}
