package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The scalar part of a stored {@link PaymentPlan}; the instalments live in the owner's collection table. */
@Embeddable
public class PlanColumns {

	@Enumerated(EnumType.STRING)
	@Column(name = "plan_kind")
	private PlanKind kind;
	@Column(name = "plan_due_date")
	private LocalDate dueDate;
	@Column(name = "plan_entry_fee")
	private BigDecimal entryFee;
	@Column(name = "plan_royalty_rate")
	private BigDecimal royaltyRate;
	@Column(name = "plan_royalty_base")
	private String royaltyBase;

	protected PlanColumns() {
	}

	static PlanColumns of(PaymentPlan plan) {
		PlanColumns c = new PlanColumns();
		c.kind = plan.kind();
		c.dueDate = plan.dueDate();
		c.entryFee = plan.entryFee();
		c.royaltyRate = plan.royaltyRate();
		c.royaltyBase = plan.royaltyBase();
		return c;
	}

	PaymentPlan toPlan(List<Instalment> instalments) {
		return kind == null ? null : new PaymentPlan(kind, dueDate, instalments, entryFee, royaltyRate, royaltyBase);
	}

	public PlanKind getKind() {
		return kind;
	}
}
