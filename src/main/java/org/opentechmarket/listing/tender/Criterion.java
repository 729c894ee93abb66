package org.opentechmarket.listing.tender;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One published technical criterion of a tender and its relative weight (the panel scores each 0–100). */
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
