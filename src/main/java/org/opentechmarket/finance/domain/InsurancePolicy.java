package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/** A policy of one of an insurer's products, covering an insured organisation (and optionally one of its achievements). */
@Entity
@Table(name = "finance_insurance_policies")
public class InsurancePolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_insurance_policies_seq")
	@SequenceGenerator(name = "finance_insurance_policies_seq", sequenceName = "finance_insurance_policies_seq",
			allocationSize = 50)
	private Long id;
	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "product_id")
	private InsuranceProduct product;
	private long insurerOrganisationId;
	private long insuredOrganisationId;
	private String insuredName;
	private String insuredRegion;
	private Long achievementId;
	private BigDecimal sumInsured;
	private BigDecimal premium;
	private LocalDate periodStart;
	private LocalDate periodEnd;
	@Enumerated(EnumType.STRING)
	private PolicyStatus status;
	private LocalDate statusChangedOn;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int lockVersion;

	protected InsurancePolicy() {
	}

	public InsurancePolicy(InsuranceProduct product, Party insured, Long achievementId, BigDecimal sumInsured,
			BigDecimal premium, LocalDate periodStart, LocalDate periodEnd, String createdBy, Clock clock) {
		this.product = product;
		this.insurerOrganisationId = product.getInsurerOrganisationId();
		this.insuredOrganisationId = insured.id();
		this.insuredName = insured.name();
		this.insuredRegion = insured.regionCode();
		this.achievementId = achievementId;
		this.sumInsured = sumInsured;
		this.premium = premium;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.status = PolicyStatus.ISSUED;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** Moves the policy along {@link PolicyStatus}, on a day not after today and not before the start of cover. */
	public void moveTo(PolicyStatus next, LocalDate on, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("finance.policy.transition.notAllowed", status.name(), next.name());
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw DomainException.invalid(List.of(FieldViolation.of("on", "finance.date.future")));
		}
		LocalDate earliest = switch (next) {
			case CLAIMED -> periodStart;
			case EXPIRED -> periodEnd;
			default -> null;
		};
		if (statusChangedOn != null && (earliest == null || statusChangedOn.isAfter(earliest))) {
			earliest = statusChangedOn;
		}
		if (earliest != null && on.isBefore(earliest)) {
			throw DomainException.invalid(List.of(FieldViolation.of("on", "finance.date.notBefore", earliest.toString())));
		}
		status = next;
		statusChangedOn = on;
		updatedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public InsuranceProduct getProduct() {
		return product;
	}

	public long getInsurerOrganisationId() {
		return insurerOrganisationId;
	}

	public long getInsuredOrganisationId() {
		return insuredOrganisationId;
	}

	public String getInsuredName() {
		return insuredName;
	}

	public String getInsuredRegion() {
		return insuredRegion;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public BigDecimal getSumInsured() {
		return sumInsured;
	}

	public BigDecimal getPremium() {
		return premium;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public PolicyStatus getStatus() {
		return status;
	}

	public LocalDate getStatusChangedOn() {
		return statusChangedOn;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
