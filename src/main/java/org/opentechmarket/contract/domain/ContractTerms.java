package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The contract's own terms as filed (domain/contracts.md §Registration form fields). */
@Embeddable
public class ContractTerms {

	private String projectName;
	@Enumerated(EnumType.STRING)
	private ContractType type;
	@Enumerated(EnumType.STRING)
	private ContractSubType subType;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private LocalDate signedOn;
	private LocalDate validFrom;
	private LocalDate validUntil;
	@Enumerated(EnumType.STRING)
	private TechnicalField technicalField;
	@Enumerated(EnumType.STRING)
	private IpType ipType;
	@Enumerated(EnumType.STRING)
	private PlanSource planSource;
	private BigDecimal contractAmount;
	@Enumerated(EnumType.STRING)
	private PaymentMode paymentMode;
	private BigDecimal expectedInvestment;
	private BigDecimal expectedOutput;
	private boolean technologyImport;

	protected ContractTerms() {
	}

	public ContractTerms(String projectName, ContractType type, ContractSubType subType, LicenceMode licenceMode,
			LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, TechnicalField technicalField, IpType ipType,
			PlanSource planSource, BigDecimal contractAmount, PaymentMode paymentMode, BigDecimal expectedInvestment,
			BigDecimal expectedOutput, boolean technologyImport) {
		this.projectName = projectName;
		this.type = type;
		this.subType = subType;
		this.licenceMode = licenceMode;
		this.signedOn = signedOn;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.technicalField = technicalField;
		this.ipType = ipType;
		this.planSource = planSource;
		this.contractAmount = contractAmount;
		this.paymentMode = paymentMode;
		this.expectedInvestment = expectedInvestment;
		this.expectedOutput = expectedOutput;
		this.technologyImport = technologyImport;
	}

	ContractTerms withContractAmount(BigDecimal amount) {
		return new ContractTerms(projectName, type, subType, licenceMode, signedOn, validFrom, validUntil, technicalField, ipType,
				planSource, amount, paymentMode, expectedInvestment, expectedOutput, technologyImport);
	}

	/** A licence of at least five years (or a transfer) of a qualifying right: the income-tax relief may apply. */
	public boolean incomeTaxQualifying() {
		if (!type.transferOrLicense() || ipType == null || !ipType.taxQualifying()) {
			return false;
		}
		return type == ContractType.TRANSFER
				|| (validFrom != null && validUntil != null && !validFrom.plusYears(5).isAfter(validUntil.plusDays(1)));
	}

	public String getProjectName() {
		return projectName;
	}

	public ContractType getType() {
		return type;
	}

	public ContractSubType getSubType() {
		return subType;
	}

	public LicenceMode getLicenceMode() {
		return licenceMode;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public TechnicalField getTechnicalField() {
		return technicalField;
	}

	public IpType getIpType() {
		return ipType;
	}

	public PlanSource getPlanSource() {
		return planSource;
	}

	public BigDecimal getContractAmount() {
		return contractAmount;
	}

	public PaymentMode getPaymentMode() {
		return paymentMode;
	}

	public BigDecimal getExpectedInvestment() {
		return expectedInvestment;
	}

	public BigDecimal getExpectedOutput() {
		return expectedOutput;
	}

	public boolean isTechnologyImport() {
		return technologyImport;
	}
}
