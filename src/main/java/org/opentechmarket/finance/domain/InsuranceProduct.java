package org.opentechmarket.finance.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A technology insurance product an insurer (a financial institution) offers. */
@Entity
@Table(name = "finance_insurance_products")
public class InsuranceProduct {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_insurance_products_seq")
	@SequenceGenerator(name = "finance_insurance_products_seq", sequenceName = "finance_insurance_products_seq",
			allocationSize = 50)
	private Long id;
	private long insurerOrganisationId;
	private String insurerName;
	@Enumerated(EnumType.STRING)
	private InsuranceKind kind;
	private String name;
	private String description;
	private String createdBy;
	private Instant createdAt;

	protected InsuranceProduct() {
	}

	public InsuranceProduct(Party insurer, InsuranceKind kind, String name, String description, String createdBy,
			Clock clock) {
		this.insurerOrganisationId = insurer.id();
		this.insurerName = insurer.name();
		this.kind = kind;
		this.name = name;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getInsurerOrganisationId() {
		return insurerOrganisationId;
	}

	public String getInsurerName() {
		return insurerName;
	}

	public InsuranceKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
