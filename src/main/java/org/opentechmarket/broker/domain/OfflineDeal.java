package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;

/**
 * 线下成交登记: a deal a broker made off the platform — parties, optional achievement, contract amount, signing date, contract
 * evidence — with the agreed commission and the staff's reward share. DEAL_COMPLETED points only once an administrator
 * verifies it. Later, trading deals are referenced through {@code externalReference}.
 */
@Entity
@Table(name = "broker_deals")
public class OfflineDeal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broker_deals_seq")
	@SequenceGenerator(name = "broker_deals_seq", sequenceName = "broker_deals_seq", allocationSize = 50)
	private Long id;
	private long brokerUserId;
	private String seller;
	private String buyer;
	private Long achievementId;
	private String externalReference;
	private BigDecimal contractAmount;
	private LocalDate signedOn;
	private BigDecimal commissionAmount;
	private BigDecimal commissionRate;
	private BigDecimal rewardPool;
	private BigDecimal staffShare;
	@Embedded
	private EvidenceFile evidence;
	@Enumerated(EnumType.STRING)
	private Verification status;
	private Instant recordedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionNote;
	@Version
	private int version;

	protected OfflineDeal() {
	}

	public OfflineDeal(long brokerUserId, String seller, String buyer, Long achievementId, LocalDate signedOn, DealTerms terms,
			EvidenceFile evidence, Clock clock) {
		this.brokerUserId = brokerUserId;
		this.seller = seller;
		this.buyer = buyer;
		this.achievementId = achievementId;
		this.signedOn = signedOn;
		this.contractAmount = terms.contractAmount();
		this.commissionAmount = terms.commissionAmount();
		this.commissionRate = terms.commissionRate();
		this.rewardPool = terms.rewardPool();
		this.staffShare = terms.staffShare();
		this.evidence = evidence;
		this.status = Verification.RECORDED;
		this.recordedAt = clock.instant();
	}

	public void decide(boolean verified, String note, String admin, Clock clock) {
		if (status != Verification.RECORDED) {
			throw DomainException.conflict("broker.verification.alreadyDecided");
		}
		if (!verified && (note == null || note.isBlank())) {
			throw DomainException.invalid(java.util.List.of(org.opentechmarket.platform.FieldViolation.of("note",
					"validation.required")));
		}
		this.status = verified ? Verification.VERIFIED : Verification.REJECTED;
		this.decisionNote = note == null || note.isBlank() ? null : note.strip();
		this.decidedBy = admin;
		this.decidedAt = clock.instant();
	}

	public DealTerms terms() {
		return new DealTerms(contractAmount, commissionAmount, commissionRate, rewardPool, staffShare);
	}

	/** The ledger reference of this deal's points. */
	public String pointReference() {
		return "offline-deal:" + id;
	}

	public Long getId() {
		return id;
	}

	public long getBrokerUserId() {
		return brokerUserId;
	}

	public String getSeller() {
		return seller;
	}

	public String getBuyer() {
		return buyer;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public String getExternalReference() {
		return externalReference;
	}

	public BigDecimal getContractAmount() {
		return contractAmount;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public BigDecimal getCommissionAmount() {
		return commissionAmount;
	}

	public BigDecimal getCommissionRate() {
		return commissionRate;
	}

	public BigDecimal getRewardPool() {
		return rewardPool;
	}

	public BigDecimal getStaffShare() {
		return staffShare;
	}

	public EvidenceFile getEvidence() {
		return evidence;
	}

	public Verification getStatus() {
		return status;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}
}
