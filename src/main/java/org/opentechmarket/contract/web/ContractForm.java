package org.opentechmarket.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.contract.domain.Contract;
import org.opentechmarket.contract.domain.ContractDraft;
import org.opentechmarket.contract.domain.ContractSubType;
import org.opentechmarket.contract.domain.ContractType;
import org.opentechmarket.contract.domain.CostItem;
import org.opentechmarket.contract.domain.CostKind;
import org.opentechmarket.contract.domain.IpType;
import org.opentechmarket.contract.domain.LicenceMode;
import org.opentechmarket.contract.domain.PaymentMode;
import org.opentechmarket.contract.domain.PlanSource;
import org.opentechmarket.contract.domain.TechnicalField;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form (登记表); {@link #ROWS} cost rows, blank ones ignored. */
public class ContractForm {

	static final int ROWS = 5;

	private String projectName;
	private ContractType type;
	private ContractSubType subType;
	private LicenceMode licenceMode = LicenceMode.ORDINARY;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;
	private TechnicalField technicalField;
	private IpType ipType;
	private PlanSource planSource;
	private BigDecimal contractAmount;
	private PaymentMode paymentMode;
	private BigDecimal expectedInvestment;
	private BigDecimal expectedOutput;
	private boolean technologyImport;
	private String buyerName;
	private String buyerCountry = "CN";
	private String buyerRegion;
	private String buyerNature;
	private String sellerName;
	private String sellerCountry = "CN";
	private String sellerRegion;
	private String sellerNature;
	private List<CostRow> costs = new ArrayList<>();
	private String dealReference;

	public ContractForm() {
		pad();
	}

	void pad() {
		while (costs.size() < ROWS) {
			costs.add(new CostRow());
		}
	}

	ContractDraft draft() {
		return new ContractDraft(projectName, type, subType, licenceMode, signedOn, validFrom, validUntil, technicalField, ipType,
				planSource, contractAmount, paymentMode, expectedInvestment, expectedOutput, technologyImport, buyerName,
				buyerCountry, buyerRegion, buyerNature, sellerName, sellerCountry, sellerRegion, sellerNature,
				costs.stream().map(r -> new ContractDraft.CostLine(r.kind, r.description, r.quantity, r.amount)).toList(),
				dealReference);
	}

	static ContractForm of(ContractDraft d) {
		ContractForm f = new ContractForm();
		f.projectName = d.projectName();
		f.type = d.type();
		f.subType = d.subType();
		f.licenceMode = d.licenceMode() == null ? LicenceMode.ORDINARY : d.licenceMode();
		f.signedOn = d.signedOn();
		f.validFrom = d.validFrom();
		f.validUntil = d.validUntil();
		f.technicalField = d.technicalField();
		f.ipType = d.ipType();
		f.planSource = d.planSource();
		f.contractAmount = d.contractAmount();
		f.paymentMode = d.paymentMode();
		f.expectedInvestment = d.expectedInvestment();
		f.expectedOutput = d.expectedOutput();
		f.technologyImport = d.technologyImport();
		f.buyerName = d.buyerName();
		f.buyerCountry = d.buyerCountry();
		f.buyerRegion = d.buyerRegion();
		f.buyerNature = d.buyerNature();
		f.sellerName = d.sellerName();
		f.sellerCountry = d.sellerCountry();
		f.sellerRegion = d.sellerRegion();
		f.sellerNature = d.sellerNature();
		f.dealReference = d.dealReference();
		return f;
	}

	static ContractForm of(Contract c) {
		ContractForm f = new ContractForm();
		var t = c.getTerms();
		f.projectName = t.getProjectName();
		f.type = t.getType();
		f.subType = t.getSubType();
		f.licenceMode = t.getLicenceMode() == null ? LicenceMode.ORDINARY : t.getLicenceMode();
		f.signedOn = t.getSignedOn();
		f.validFrom = t.getValidFrom();
		f.validUntil = t.getValidUntil();
		f.technicalField = t.getTechnicalField();
		f.ipType = t.getIpType();
		f.planSource = t.getPlanSource();
		f.contractAmount = t.getContractAmount();
		f.paymentMode = t.getPaymentMode();
		f.expectedInvestment = t.getExpectedInvestment();
		f.expectedOutput = t.getExpectedOutput();
		f.technologyImport = t.isTechnologyImport();
		f.buyerName = c.getBuyer().getName();
		f.buyerCountry = c.getBuyer().getCountryCode();
		f.buyerRegion = c.getBuyer().getRegionCode();
		f.buyerNature = c.getBuyer().getNatureCode();
		f.sellerName = c.getSeller().getName();
		f.sellerCountry = c.getSeller().getCountryCode();
		f.sellerRegion = c.getSeller().getRegionCode();
		f.sellerNature = c.getSeller().getNatureCode();
		f.dealReference = c.getDealReference();
		f.costs = new ArrayList<>();
		for (CostItem i : c.getCosts()) {
			CostRow r = new CostRow();
			r.kind = i.getKind();
			r.description = i.getDescription();
			r.quantity = i.getQuantity();
			r.amount = i.getAmount();
			f.costs.add(r);
		}
		f.pad();
		return f;
	}

	/** One cost row. */
	public static class CostRow {

		private CostKind kind;
		private String description;
		private Integer quantity;
		private BigDecimal amount;

		public CostKind getKind() {
			return kind;
		}

		public void setKind(CostKind kind) {
			this.kind = kind;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Integer getQuantity() {
			return quantity;
		}

		public void setQuantity(Integer quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}
	}

	public String getProjectName() {
		return projectName;
	}

	public void setProjectName(String projectName) {
		this.projectName = projectName;
	}

	public ContractType getType() {
		return type;
	}

	public void setType(ContractType type) {
		this.type = type;
	}

	public ContractSubType getSubType() {
		return subType;
	}

	public void setSubType(ContractSubType subType) {
		this.subType = subType;
	}

	public LicenceMode getLicenceMode() {
		return licenceMode;
	}

	public void setLicenceMode(LicenceMode licenceMode) {
		this.licenceMode = licenceMode;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public TechnicalField getTechnicalField() {
		return technicalField;
	}

	public void setTechnicalField(TechnicalField technicalField) {
		this.technicalField = technicalField;
	}

	public IpType getIpType() {
		return ipType;
	}

	public void setIpType(IpType ipType) {
		this.ipType = ipType;
	}

	public PlanSource getPlanSource() {
		return planSource;
	}

	public void setPlanSource(PlanSource planSource) {
		this.planSource = planSource;
	}

	public BigDecimal getContractAmount() {
		return contractAmount;
	}

	public void setContractAmount(BigDecimal contractAmount) {
		this.contractAmount = contractAmount;
	}

	public PaymentMode getPaymentMode() {
		return paymentMode;
	}

	public void setPaymentMode(PaymentMode paymentMode) {
		this.paymentMode = paymentMode;
	}

	public BigDecimal getExpectedInvestment() {
		return expectedInvestment;
	}

	public void setExpectedInvestment(BigDecimal expectedInvestment) {
		this.expectedInvestment = expectedInvestment;
	}

	public BigDecimal getExpectedOutput() {
		return expectedOutput;
	}

	public void setExpectedOutput(BigDecimal expectedOutput) {
		this.expectedOutput = expectedOutput;
	}

	public boolean isTechnologyImport() {
		return technologyImport;
	}

	public void setTechnologyImport(boolean technologyImport) {
		this.technologyImport = technologyImport;
	}

	public String getBuyerName() {
		return buyerName;
	}

	public void setBuyerName(String buyerName) {
		this.buyerName = buyerName;
	}

	public String getBuyerCountry() {
		return buyerCountry;
	}

	public void setBuyerCountry(String buyerCountry) {
		this.buyerCountry = buyerCountry;
	}

	public String getBuyerRegion() {
		return buyerRegion;
	}

	public void setBuyerRegion(String buyerRegion) {
		this.buyerRegion = buyerRegion;
	}

	public String getBuyerNature() {
		return buyerNature;
	}

	public void setBuyerNature(String buyerNature) {
		this.buyerNature = buyerNature;
	}

	public String getSellerName() {
		return sellerName;
	}

	public void setSellerName(String sellerName) {
		this.sellerName = sellerName;
	}

	public String getSellerCountry() {
		return sellerCountry;
	}

	public void setSellerCountry(String sellerCountry) {
		this.sellerCountry = sellerCountry;
	}

	public String getSellerRegion() {
		return sellerRegion;
	}

	public void setSellerRegion(String sellerRegion) {
		this.sellerRegion = sellerRegion;
	}

	public String getSellerNature() {
		return sellerNature;
	}

	public void setSellerNature(String sellerNature) {
		this.sellerNature = sellerNature;
	}

	public List<CostRow> getCosts() {
		return costs;
	}

	public void setCosts(List<CostRow> costs) {
		this.costs = costs;
	}

	public String getDealReference() {
		return dealReference;
	}

	public void setDealReference(String dealReference) {
		this.dealReference = dealReference;
	}
}
