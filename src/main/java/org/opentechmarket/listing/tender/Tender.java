package org.opentechmarket.listing.tender;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.opentechmarket.listing.TenderStatus;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * A tender (招标): sealed offers until the deadline, opened at the opening time, scored with published weights, awarded with
 * published reasons. Its data key, wrapped by the master key, is kept here; the offers' content is sealed with it.
 * {@link TenderStatus} holds the allowed transitions.
 */
@Entity
@Table(name = "tenders")
public class Tender {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenders_seq")
	@SequenceGenerator(name = "tenders_seq", sequenceName = "tenders_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private TenderKind kind;
	private long ownerOrganisationId;
	private String ownerName;
	private String createdBy;
	private String title;
	private String description;
	private Long achievementId;
	private String achievementTitle;
	@Enumerated(EnumType.STRING)
	private TradeMethod method;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	private BigDecimal priceLimit;
	private BigDecimal priceWeight;
	private BigDecimal passThreshold;
	private BigDecimal deposit;
	private Instant deadline;
	private Instant openingAt;
	private Long listingId;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "tender_criteria", joinColumns = @JoinColumn(name = "tender_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	/** An invited tender (a converted listing): the organisations that may bid, with the deposit each already paid. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "tender_invitees", joinColumns = @JoinColumn(name = "tender_id"))
	@MapKeyColumn(name = "organisation_id")
	@Column(name = "deposit_id")
	private Map<Long, Long> invitees = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	private TenderStatus status;
	private Instant createdAt;
	private byte[] wrappedKey;
	private String keyId;

	private Instant openedAt;
	private String openedBy;
	private Integer offerCount;
	private Integer validOfferCount;
	private Instant evaluationStartedAt;
	private Instant rankedAt;

	private Long awardedOfferId;
	private Long awardedOrganisationId;
	private String awardedName;
	private BigDecimal awardedPrice;
	private BigDecimal awardedScore;
	private String reasons;
	private Instant closedAt;
	private String closedBy;
	private Long dealId;

	@Version
	private int version;

	protected Tender() {
	}

	public Tender(TenderKind kind, long ownerOrganisationId, String ownerName, String createdBy, String title,
			String description, Long achievementId, String achievementTitle, TradeTerms terms, BigDecimal priceLimit,
			BigDecimal priceWeight, List<Criterion> criteria, BigDecimal passThreshold, BigDecimal deposit, Instant deadline,
			Instant openingAt, Long listingId, Map<Long, Long> invitees, Clock clock) {
		this.kind = kind;
		this.ownerOrganisationId = ownerOrganisationId;
		this.ownerName = ownerName;
		this.createdBy = createdBy;
		this.title = title;
		this.description = description;
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		if (terms != null) {
			this.method = terms.method();
			this.licenceMode = terms.licenceMode();
			this.licenceTerm = terms.term();
			this.territory = terms.territory();
		}
		this.priceLimit = priceLimit;
		this.priceWeight = priceWeight;
		this.criteria.addAll(criteria);
		this.passThreshold = passThreshold;
		this.deposit = deposit;
		this.deadline = deadline;
		this.openingAt = openingAt;
		this.listingId = listingId;
		this.invitees.putAll(invitees);
		this.status = TenderStatus.OPEN;
		this.createdAt = clock.instant();
	}

	// ------------------------------------------------------------------ behaviour

	private void move(TenderStatus next) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("tender.transition", status.name(), next.name());
		}
		status = next;
	}

	/** Sets the wrapped data key once, right after the tender got its id (the id is bound into the wrapping). */
	void keyWrapped(byte[] wrapped, String masterKeyId) {
		if (this.wrappedKey != null) {
			throw new IllegalStateException("tender " + id + " already has a data key");
		}
		this.wrappedKey = wrapped;
		this.keyId = masterKeyId;
	}

	/** Offers are taken until the deadline (the deadline itself is too late). */
	public boolean takesOffers(Clock clock) {
		return status == TenderStatus.OPEN && clock.instant().isBefore(deadline);
	}

	public boolean isInvited() {
		return !invitees.isEmpty();
	}

	public boolean mayBid(long organisationId) {
		return organisationId != ownerOrganisationId && (invitees.isEmpty() || invitees.containsKey(organisationId));
	}

	/**
	 * The offers may be decrypted: the audited opening happened and the opening time has come (both are checked, so neither a
	 * status written into the database nor a clock set back alone unseals anything).
	 */
	public boolean isOpened(Clock clock) {
		return openedAt != null && !clock.instant().isBefore(openingAt);
	}

	/**
	 * Starts the audited opening: at or after the opening time, by the owner or an administrator. From here on (within the
	 * opening's transaction) the offers may be decrypted; {@link #opened} records the outcome.
	 */
	public void beginOpening(String actor, String openingTimeText, Clock clock) {
		if (clock.instant().isBefore(openingAt)) {
			throw DomainException.conflict("tender.opening.notYet", openingTimeText);
		}
		if (status != TenderStatus.OPEN || openedAt != null) {
			throw DomainException.conflict("tender.transition", status.name(), TenderStatus.OPENED.name());
		}
		this.openedAt = clock.instant();
		this.openedBy = actor;
	}

	/** The opening's outcome: how many offers there were and how many are valid; none valid fails the tender. */
	public void opened(int offers, int valid) {
		if (openedAt == null) {
			throw new IllegalStateException("the opening has not begun");
		}
		this.offerCount = offers;
		this.validOfferCount = valid;
		if (valid == 0) {
			move(TenderStatus.FAILED);
			this.closedAt = openedAt;
			this.closedBy = openedBy;
		}
		else {
			move(TenderStatus.OPENED);
		}
	}

	public void startEvaluation(Clock clock) {
		move(TenderStatus.EVALUATING);
		this.evaluationStartedAt = clock.instant();
	}

	void ranked(Clock clock) {
		this.rankedAt = clock.instant();
	}

	public void award(TenderOffer winner, String reasons, String actor, Clock clock) {
		if (rankedAt == null) {
			throw DomainException.conflict("tender.award.notRanked");
		}
		move(TenderStatus.AWARDED);
		this.awardedOfferId = winner.getId();
		this.awardedOrganisationId = winner.getBidderOrganisationId();
		this.awardedName = winner.getBidderName();
		this.awardedPrice = winner.getPrice();
		this.awardedScore = winner.getTotalScore();
		this.reasons = reasons;
		this.closedAt = clock.instant();
		this.closedBy = actor;
	}

	void dealAgreed(long dealId) {
		this.dealId = dealId;
	}

	public void fail(String reasons, String actor, Clock clock) {
		move(TenderStatus.FAILED);
		this.reasons = reasons;
		this.closedAt = clock.instant();
		this.closedBy = actor;
	}

	public void cancel(String reasons, String actor, Clock clock) {
		if (!clock.instant().isBefore(deadline)) {
			throw DomainException.conflict("tender.cancel.afterDeadline");
		}
		move(TenderStatus.CANCELLED);
		this.reasons = reasons;
		this.closedAt = clock.instant();
		this.closedBy = actor;
	}

	/** What is traded when the tender ends in a deal; null for a tender for R&amp;D services. */
	public TradeTerms terms() {
		return method == null ? null : new TradeTerms(method, licenceMode, licenceTerm, territory);
	}

	public BigDecimal technicalWeight() {
		return BigDecimal.valueOf(100).subtract(priceWeight);
	}

	// ------------------------------------------------------------------ reading

	public Long getId() {
		return id;
	}

	public TenderKind getKind() {
		return kind;
	}

	public long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public String getAchievementTitle() {
		return achievementTitle;
	}

	public TradeMethod getMethod() {
		return method;
	}

	public LicenceMode getLicenceMode() {
		return licenceMode;
	}

	public String getLicenceTerm() {
		return licenceTerm;
	}

	public String getTerritory() {
		return territory;
	}

	public BigDecimal getPriceLimit() {
		return priceLimit;
	}

	public BigDecimal getPriceWeight() {
		return priceWeight;
	}

	public BigDecimal getPassThreshold() {
		return passThreshold;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public Instant getDeadline() {
		return deadline;
	}

	public Instant getOpeningAt() {
		return openingAt;
	}

	public Long getListingId() {
		return listingId;
	}

	public List<Criterion> getCriteria() {
		return criteria;
	}

	public Map<Long, Long> getInvitees() {
		return invitees;
	}

	public TenderStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	byte[] getWrappedKey() {
		return wrappedKey;
	}

	public String getKeyId() {
		return keyId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public Integer getOfferCount() {
		return offerCount;
	}

	public Integer getValidOfferCount() {
		return validOfferCount;
	}

	public Instant getEvaluationStartedAt() {
		return evaluationStartedAt;
	}

	public Instant getRankedAt() {
		return rankedAt;
	}

	public Long getAwardedOfferId() {
		return awardedOfferId;
	}

	public Long getAwardedOrganisationId() {
		return awardedOrganisationId;
	}

	public String getAwardedName() {
		return awardedName;
	}

	public BigDecimal getAwardedPrice() {
		return awardedPrice;
	}

	public BigDecimal getAwardedScore() {
		return awardedScore;
	}

	public String getReasons() {
		return reasons;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public Long getDealId() {
		return dealId;
	}
}
