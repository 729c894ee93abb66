package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/**
 * A technology contract submitted for registration (技术合同认定登记) by its registrant (the seller side, or the domestic buyer of
 * an import) at the registration point covering the registrant's region. State changes check the lifecycle in
 * {@link ContractStatus}; the working-day clock (accepted on / decision due) is set by {@link ContractService}.
 */
@Entity
@Table(name = "contracts")
public class Contract {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contracts_seq")
	@SequenceGenerator(name = "contracts_seq", sequenceName = "contracts_seq", allocationSize = 50)
	private Long id;
	private Long registrantOrganisationId;
	private String registrantRegionCode;
	private long pointOrganisationId;
	private Long submittedBy;
	private String dealReference;
	@Embedded
	private ContractTerms terms;
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "buyer_name")),
			@AttributeOverride(name = "countryCode", column = @Column(name = "buyer_country")),
			@AttributeOverride(name = "regionCode", column = @Column(name = "buyer_region")),
			@AttributeOverride(name = "natureCode", column = @Column(name = "buyer_nature")),
			@AttributeOverride(name = "organisationId", column = @Column(name = "buyer_organisation_id")) })
	private Party buyer;
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "seller_name")),
			@AttributeOverride(name = "countryCode", column = @Column(name = "seller_country")),
			@AttributeOverride(name = "regionCode", column = @Column(name = "seller_region")),
			@AttributeOverride(name = "natureCode", column = @Column(name = "seller_nature")),
			@AttributeOverride(name = "organisationId", column = @Column(name = "seller_organisation_id")) })
	private Party seller;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contract_costs", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	private List<CostItem> costs = new ArrayList<>();
	private BigDecimal technicalAmount;
	@Embedded
	private SignedDocument document;
	@Enumerated(EnumType.STRING)
	private ContractStatus status;
	private Instant submittedAt;
	private LocalDate acceptedOn;
	private LocalDate decisionDue;
	private int returnCount;
	private String returnReasons;
	private boolean disputed;
	private String disputeNote;
	private Long reviewId;
	@Enumerated(EnumType.STRING)
	private ReviewOutcome opinionOutcome;
	@Enumerated(EnumType.STRING)
	private NotRegistrableReason notRegistrableReason;
	private String decisionNote;
	private String registrationNumber;
	private LocalDate registeredOn;
	private String decidedBy;
	private Instant decidedAt;
	private String amendmentNote;
	@Version
	private int version;

	protected Contract() {
	}

	public Contract(long registrantOrganisationId, String registrantRegionCode, long pointOrganisationId, long submittedBy,
			String dealReference, Filing filing, SignedDocument document, Clock clock) {
		this.registrantOrganisationId = registrantOrganisationId;
		this.registrantRegionCode = registrantRegionCode;
		this.pointOrganisationId = pointOrganisationId;
		this.submittedBy = submittedBy;
		this.dealReference = dealReference;
		apply(filing);
		this.document = document;
		this.status = ContractStatus.SUBMITTED;
		this.submittedAt = clock.instant();
	}

	/**
	 * A registration from a point's back catalogue (Excel import): registered as it was, with its number and date; the registrant
	 * is the seller's (or, for an import, the buyer's) organisation when it is on the platform.
	 */
	static Contract imported(Long registrantOrganisationId, String registrantRegionCode, long pointOrganisationId,
			Filing filing, String number, LocalDate registeredOn, String importedBy, Clock clock) {
		Contract c = new Contract();
		c.registrantOrganisationId = registrantOrganisationId;
		c.registrantRegionCode = registrantRegionCode;
		c.pointOrganisationId = pointOrganisationId;
		c.apply(filing);
		c.status = ContractStatus.REGISTERED;
		c.submittedAt = clock.instant();
		c.registrationNumber = number;
		c.registeredOn = registeredOn;
		c.decidedBy = importedBy;
		c.decidedAt = clock.instant();
		return c;
	}

	/** Everything the registrant files: terms, parties, costs and the computed 技术交易额. */
	public record Filing(ContractTerms terms, Party buyer, Party seller, List<CostItem> costs, BigDecimal technicalAmount) {
	}

	private void apply(Filing f) {
		this.terms = f.terms();
		this.buyer = f.buyer();
		this.seller = f.seller();
		this.costs.clear();
		this.costs.addAll(f.costs());
		this.technicalAmount = f.technicalAmount();
	}

	private void move(ContractStatus target) {
		if (!status.mayBecome(target)) {
			throw DomainException.conflict("contract.status.notAllowed", status.name(), target.name());
		}
		status = target;
	}

	/** Starts (or restarts) the working-day clock. */
	void startClock(LocalDate acceptedOn, LocalDate decisionDue) {
		this.acceptedOn = acceptedOn;
		this.decisionDue = decisionDue;
	}

	/** Large (技术交易额 ≥ threshold) or disputed contracts have the longer limit and need an expert opinion. */
	public boolean needsExpertOpinion(BigDecimal largeAmount) {
		return disputed || technicalAmount.compareTo(largeAmount) >= 0;
	}

	void returnForCorrection(String reasons, String registrar, Clock clock) {
		if (reasons == null || reasons.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "contract.returnReasons.required")));
		}
		move(ContractStatus.RETURNED);
		this.returnCount++;
		this.returnReasons = reasons.strip();
		this.decidedBy = registrar;
		this.decidedAt = clock.instant();
	}

	void resubmit(Filing filing, SignedDocument newDocument, Clock clock) {
		move(ContractStatus.SUBMITTED);
		apply(filing);
		if (newDocument != null) {
			this.document = newDocument;
		}
		this.submittedAt = clock.instant();
	}

	void markDisputed(String note) {
		if (status != ContractStatus.SUBMITTED) {
			throw DomainException.conflict("contract.status.notAllowed", status.name(), "DISPUTED");
		}
		if (note == null || note.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("note", "contract.disputeNote.required")));
		}
		this.disputed = true;
		this.disputeNote = note.strip();
	}

	void opinionRequested(long reviewId) {
		this.reviewId = reviewId;
		this.opinionOutcome = null;
	}

	void recordOpinion(long reviewId, ReviewOutcome outcome) {
		if (this.reviewId != null && this.reviewId == reviewId) {
			this.opinionOutcome = outcome;
		}
	}

	void register(String number, LocalDate today, BigDecimal largeAmount, String registrar, Clock clock) {
		if (status == ContractStatus.SUBMITTED && needsExpertOpinion(largeAmount) && opinionOutcome == null) {
			throw DomainException.conflict("contract.opinion.missing");
		}
		move(ContractStatus.REGISTERED);
		this.registrationNumber = number;
		this.registeredOn = today;
		this.decidedBy = registrar;
		this.decidedAt = clock.instant();
	}

	void refuse(NotRegistrableReason reason, String note, String registrar, Clock clock) {
		if (reason == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "contract.reason.required")));
		}
		if (reason.requiresPriorCorrectionRequest() && returnCount == 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "contract.reason.correctionFirst")));
		}
		move(ContractStatus.NOT_REGISTERED);
		this.notRegistrableReason = reason;
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedBy = registrar;
		this.decidedAt = clock.instant();
	}

	void amend(BigDecimal contractAmount, BigDecimal technicalAmount, String note, String registrar, Clock clock) {
		if (note == null || note.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("note", "contract.amendmentNote.required")));
		}
		move(ContractStatus.AMENDED);
		this.terms = terms.withContractAmount(contractAmount);
		this.technicalAmount = technicalAmount;
		this.amendmentNote = note.strip();
		this.decidedBy = registrar;
		this.decidedAt = clock.instant();
	}

	void cancel(String note, String registrar, Clock clock) {
		if (note == null || note.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("note", "contract.cancelNote.required")));
		}
		move(ContractStatus.CANCELLED);
		this.decisionNote = note.strip();
		this.decidedBy = registrar;
		this.decidedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	/** Null for a back-catalogue import whose seller is not a platform organisation. */
	public Long getRegistrantOrganisationId() {
		return registrantOrganisationId;
	}

	public String getRegistrantRegionCode() {
		return registrantRegionCode;
	}

	public long getPointOrganisationId() {
		return pointOrganisationId;
	}

	/** Null for imported registrations. */
	public Long getSubmittedBy() {
		return submittedBy;
	}

	public String getDealReference() {
		return dealReference;
	}

	public ContractTerms getTerms() {
		return terms;
	}

	public Party getBuyer() {
		return buyer;
	}

	public Party getSeller() {
		return seller;
	}

	public List<CostItem> getCosts() {
		return List.copyOf(costs);
	}

	public BigDecimal getTechnicalAmount() {
		return technicalAmount;
	}

	public SignedDocument getDocument() {
		return document;
	}

	public ContractStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public LocalDate getDecisionDue() {
		return decisionDue;
	}

	public int getReturnCount() {
		return returnCount;
	}

	public String getReturnReasons() {
		return returnReasons;
	}

	public boolean isDisputed() {
		return disputed;
	}

	public String getDisputeNote() {
		return disputeNote;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public ReviewOutcome getOpinionOutcome() {
		return opinionOutcome;
	}

	public NotRegistrableReason getNotRegistrableReason() {
		return notRegistrableReason;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public LocalDate getRegisteredOn() {
		return registeredOn;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getAmendmentNote() {
		return amendmentNote;
	}
}
