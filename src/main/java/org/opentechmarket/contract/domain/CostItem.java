package org.opentechmarket.contract.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One itemised non-technical cost of a contract; {@code quantity} counts sets for complete equipment. */
@Embeddable
public class CostItem {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private CostKind kind;
	@Column(name = "description")
	private String description;
	@Column(name = "quantity")
	private int quantity;
	@Column(name = "amount")
	private BigDecimal amount;

	protected CostItem() {
	}

	public CostItem(CostKind kind, String description, int quantity, BigDecimal amount) {
		this.kind = kind;
		this.description = description;
		this.quantity = quantity;
		this.amount = amount;
	}

	public CostKind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

	public int getQuantity() {
		return quantity;
	}

	public BigDecimal getAmount() {
		return amount;
	}
}
