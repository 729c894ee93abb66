package org.opentechmarket.listing.tender;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import org.opentechmarket.platform.DomainException;

/**
 * One organisation's offer to a tender. Until the opening, all the platform holds of its content is {@code sealed}: price,
 * technical proposal and named achievement encrypted with the tender's data key (see {@link Sealer}). The opening reveals the
 * price (needed to rank); the proposal stays encrypted at rest and is decrypted only for those entitled to read it.
 */
@Entity
@Table(name = "tender_offers")
public class TenderOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tender_offers_seq")
	@SequenceGenerator(name = "tender_offers_seq", sequenceName = "tender_offers_seq", allocationSize = 50)
	private Long id;
	private long tenderId;
	private long bidderOrganisationId;
	private String bidderName;
	private long userId;
	private String submittedBy;
	private int revision;
	private byte[] sealed;
	private String receipt;
	private Instant submittedAt;
	private Long depositId;
	@Enumerated(EnumType.STRING)
	private OfferStatus status;
	private String rejectReason;

	private BigDecimal price;
	private Long achievementId;
	private Long reviewId;
	private BigDecimal technicalScore;
	private Boolean technicalPassed;
	private BigDecimal priceScore;
	private BigDecimal totalScore;
	private Integer rank;

	@Version
	private int version;

	protected TenderOffer() {
	}

	public TenderOffer(long tenderId, long bidderOrganisationId, String bidderName, long userId, String submittedBy,
			Long depositId) {
		this.tenderId = tenderId;
		this.bidderOrganisationId = bidderOrganisationId;
		this.bidderName = bidderName;
		this.userId = userId;
		this.submittedBy = submittedBy;
		this.depositId = depositId;
		this.status = OfferStatus.SEALED;
	}

	private void move(OfferStatus next) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("tender.offer.transition", status.name(), next.name());
		}
		status = next;
	}

	/** The associated data of this offer's seal: tender, bidder and revision (a copied or replayed ciphertext fails). */
	static String sealContext(long tenderId, long bidderOrganisationId, int revision) {
		return "otm:tender-offer:v1:" + tenderId + ":" + bidderOrganisationId + ":" + revision;
	}

	String sealContext() {
		return sealContext(tenderId, bidderOrganisationId, revision);
	}

	/** The next revision's context, for sealing a new or replaced content. */
	int nextRevision() {
		return revision + 1;
	}

	/** A new or replaced sealed content (before the deadline; a withdrawn offer stays withdrawn). */
	void seal(int newRevision, byte[] ciphertext, String receipt, String user, long userId, Clock clock) {
		if (status != OfferStatus.SEALED) {
			throw DomainException.conflict("tender.offer.transition", status.name(), OfferStatus.SEALED.name());
		}
		this.revision = newRevision;
		this.sealed = ciphertext;
		this.receipt = receipt;
		this.submittedBy = user;
		this.userId = userId;
		this.submittedAt = clock.instant();
	}

	void withdraw() {
		move(OfferStatus.WITHDRAWN);
	}

	void depositRequired(Long depositId) {
		this.depositId = depositId;
	}

	/** At the opening: the price (and named achievement) are revealed; the proposal stays sealed at rest. */
	void admit(BigDecimal price, Long achievementId) {
		move(OfferStatus.VALID);
		this.price = price;
		this.achievementId = achievementId;
	}

	void reject(String reasonCode) {
		move(OfferStatus.REJECTED);
		this.rejectReason = reasonCode;
	}

	void reviewOpened(long reviewId) {
		this.reviewId = reviewId;
	}

	/** The panel's published result: its score (0–100) and whether the offer passed the technical review. */
	void technicalResult(BigDecimal score, boolean passed) {
		this.technicalScore = score;
		this.technicalPassed = passed;
	}

	void scored(BigDecimal priceScore, BigDecimal totalScore, Integer rank) {
		this.priceScore = priceScore;
		this.totalScore = totalScore;
		this.rank = rank;
	}

	void award() {
		move(OfferStatus.AWARDED);
	}

	/** Ends an offer that did not win (a cancelled or failed tender, or another offer awarded). Idempotent on end states. */
	void lose() {
		if (status == OfferStatus.VALID || status == OfferStatus.SEALED) {
			move(OfferStatus.NOT_AWARDED);
		}
	}

	public boolean isScored() {
		return technicalPassed != null;
	}

	public Long getId() {
		return id;
	}

	public long getTenderId() {
		return tenderId;
	}

	public long getBidderOrganisationId() {
		return bidderOrganisationId;
	}

	public String getBidderName() {
		return bidderName;
	}

	public long getUserId() {
		return userId;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public int getRevision() {
		return revision;
	}

	byte[] getSealed() {
		return sealed;
	}

	public String getReceipt() {
		return receipt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Long getDepositId() {
		return depositId;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public String getRejectReason() {
		return rejectReason;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public BigDecimal getTechnicalScore() {
		return technicalScore;
	}

	public Boolean getTechnicalPassed() {
		return technicalPassed;
	}

	public BigDecimal getPriceScore() {
		return priceScore;
	}

	public BigDecimal getTotalScore() {
		return totalScore;
	}

	public Integer getRank() {
		return rank;
	}
}
