package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opentechmarket.broker.ReputationSummary;

/**
 * The yearly broker score (科技伯乐考核评价指标体系, seed 000 §10) from the configured weights ({@code otm.broker.evaluation}):
 * <pre>
 * score = min(points × pointsWeight, pointsCap) + min(verifiedDeals × dealWeight, dealsCap)
 *       + ratingWeight × (averageRating / ratingScale  — or unratedShare without ratings)
 *       − upheldComplaints × complaintPenalty,            kept within 0..100, 2 decimals half-up
 * </pre>
 */
public final class EvaluationFormula {

	private static final BigDecimal HUNDRED = new BigDecimal("100");
	private final BrokerProperties.Evaluation weights;

	public EvaluationFormula(BrokerProperties.Evaluation weights) {
		this.weights = weights;
	}

	public record Score(BigDecimal pointsPart, BigDecimal dealsPart, BigDecimal ratingPart, BigDecimal penalty,
			BigDecimal total, boolean passed) {
	}

	public Score score(BigDecimal points, int verifiedDeals, ReputationSummary reputation) {
		BigDecimal pointsPart = points.max(BigDecimal.ZERO).multiply(weights.pointsWeight()).min(weights.pointsCap());
		BigDecimal dealsPart = BigDecimal.valueOf(verifiedDeals).multiply(weights.dealWeight()).min(weights.dealsCap());
		BigDecimal ratingPart;
		if (reputation.ratings() > 0 && reputation.averageRating() != null) {
			BigDecimal average = reputation.averageRating().max(BigDecimal.ZERO).min(weights.ratingScale());
			ratingPart = weights.ratingWeight().multiply(average).divide(weights.ratingScale(), 4, RoundingMode.HALF_UP);
		}
		else {
			ratingPart = weights.ratingWeight().multiply(weights.unratedShare());
		}
		BigDecimal penalty = BigDecimal.valueOf(reputation.upheldComplaints()).multiply(weights.complaintPenalty());
		BigDecimal total = pointsPart.add(dealsPart).add(ratingPart).subtract(penalty)
			.max(BigDecimal.ZERO)
			.min(HUNDRED)
			.setScale(2, RoundingMode.HALF_UP);
		return new Score(scale(pointsPart), scale(dealsPart), scale(ratingPart), scale(penalty), total,
				total.compareTo(weights.threshold()) >= 0);
	}

	public BigDecimal threshold() {
		return weights.threshold();
	}

	private static BigDecimal scale(BigDecimal v) {
		return v.setScale(2, RoundingMode.HALF_UP);
	}
}
