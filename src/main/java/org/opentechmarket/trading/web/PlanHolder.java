package org.opentechmarket.trading.web;

/** The deal page's plan form: the plan under {@code plan.} as the domain names its fields. */
public class PlanHolder {

	private PlanForm plan = new PlanForm();

	public PlanForm getPlan() {
		return plan;
	}

	public void setPlan(PlanForm plan) {
		this.plan = plan;
	}
}
