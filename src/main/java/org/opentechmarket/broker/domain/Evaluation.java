package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.broker.ReputationSummary;
import org.opentechmarket.platform.DomainException;

/**
 * A broker's evaluation for one year with its inputs. Provisional while the year runs (re-running recomputes it); final once
 * the year is over (re-running leaves it as it is).
 */
@Entity
@Table(name = "broker_evaluations")
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_evaluations_seq")
	@SequenceGenerator(name = "broker_evaluations_seq", sequenceName = "broker_evaluations_seq", allocationSize = 50)
	private Long id;
	private long brokerUserId;
	private int year;
	private BigDecimal points;
	private int verifiedDeals;
	private BigDecimal dealAmount;
	private int ratings;
	private BigDecimal averageRating;
	private int upheldComplaints;
	private boolean ratingsSource;
	private BigDecimal score;
	private BigDecimal threshold;
	private boolean passed;
	private boolean finalResult;
	private Instant evaluatedAt;
	private String evaluatedBy;
	@Version
	private int version;

	protected Evaluation() {
	}

	public Evaluation(long brokerUserId, int year) {
		this.brokerUserId = brokerUserId;
		this.year = year;
	}

	public void record(BigDecimal points, int verifiedDeals, BigDecimal dealAmount, ReputationSummary reputation,
			EvaluationFormula.Score score, BigDecimal threshold, boolean finalResult, String by, Clock clock) {
		if (this.finalResult) {
			throw DomainException.conflict("broker.evaluation.alreadyFinal", year);
		}
		this.points = points;
		this.verifiedDeals = verifiedDeals;
		this.dealAmount = dealAmount;
		this.ratings = (int) reputation.ratings();
		this.averageRating = reputation.averageRating();
		this.upheldComplaints = (int) reputation.upheldComplaints();
		this.ratingsSource = reputation.sourceAvailable();
		this.score = score.total();
		this.threshold = threshold;
		this.passed = score.passed();
		this.finalResult = finalResult;
		this.evaluatedAt = clock.instant();
		this.evaluatedBy = by;
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getPoints() {
		return points;
	}

	public int getVerifiedDeals() {
		return verifiedDeals;
	}

	public BigDecimal getDealAmount() {
		return dealAmount;
	}

	public int getRatings() {
		return ratings;
	}

	public BigDecimal getAverageRating() {
		return averageRating;
	}

	public int getUpheldComplaints() {
		return upheldComplaints;
	}

	public boolean isRatingsSource() {
		return ratingsSource;
	}

	public BigDecimal getScore() {
		return score;
	}

	public BigDecimal getThreshold() {
		return threshold;
	}

	public boolean isPassed() {
		return passed;
	}

	public boolean isFinalResult() {
		return finalResult;
	}

	public Instant getEvaluatedAt() {
		return evaluatedAt;
	}

	public String getEvaluatedBy() {
		return evaluatedBy;
	}
}
