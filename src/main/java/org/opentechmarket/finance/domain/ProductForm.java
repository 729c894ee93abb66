package org.opentechmarket.finance.domain;

/** An insurance product as the insurer enters it. */
public class ProductForm {

	private InsuranceKind kind = InsuranceKind.RESEARCH;
	private String name;
	private String description;

	public InsuranceKind getKind() {
		return kind;
	}

	public void setKind(InsuranceKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
