package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.opentechmarket.broker.PointSource;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/** Points per source event from the configured table ({@code otm.broker.points}); deals scale by contract-amount band. */
public final class PointTable {

	private final BrokerProperties.Points points;
	private final List<BrokerProperties.Band> bands;

	public PointTable(BrokerProperties.Points points) {
		this.points = points;
		this.bands = points.dealBands().stream().sorted(Comparator.comparing(BrokerProperties.Band::from)).toList();
	}

	public BigDecimal pointsFor(PointSource source, BigDecimal amount) {
		return switch (source) {
			case LISTING_PUBLISHED -> points.listingPublished();
			case MATCH_TALKS -> points.matchTalks();
			case CONTRACT_REGISTERED -> points.contractRegistered();
			case TRAINING_GIVEN -> points.trainingGiven();
			case DEAL_COMPLETED -> dealPoints(amount);
		};
	}

	/** The points of the highest band whose lower bound the amount reaches. */
	BigDecimal dealPoints(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("amount", "broker.points.amountRequired")));
		}
		BigDecimal result = null;
		for (BrokerProperties.Band band : bands) {
			if (amount.compareTo(band.from()) >= 0) {
				result = band.points();
			}
		}
		if (result == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("amount", "broker.points.noBand", amount)));
		}
		return result;
	}
}
