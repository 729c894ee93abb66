package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scoring criterion of a review and its relative weight. */
@Embeddable
public class Criterion {

	@Column(name = "name")
	private String name;
	@Column(name = "weight")
	private BigDecimal weight;

	protected Criterion() {
	}

	public Criterion(String name, BigDecimal weight) {
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
