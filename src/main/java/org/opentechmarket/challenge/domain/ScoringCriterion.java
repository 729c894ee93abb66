package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** One review criterion of a challenge and its relative weight (the panel scores each 0–100; the weighted mean counts). */
@Embeddable
public class ScoringCriterion {

	private String name;
	private BigDecimal weight;

	protected ScoringCriterion() {
	}

	public ScoringCriterion(String name, BigDecimal weight) {
		this.name = name;
		this.weight = weight;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getWeight() {
		return weight;
	}
}
