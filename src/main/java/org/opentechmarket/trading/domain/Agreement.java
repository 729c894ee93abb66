package org.opentechmarket.trading.domain;

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
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * A negotiated agreement (协议定价): an accepted offer. When the seller is state-owned it is published (公示) with the
 * achievement's name and summary, the conversion method and the proposed price, flagged when the buyer may be an inventor
 * or is a declared related party; it becomes a deal after a notice without an open or upheld objection.
 */
@Entity
@Table(name = "agreements")
public class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreements_seq")
	@SequenceGenerator(name = "agreements_seq", sequenceName = "agreements_seq", allocationSize = 50)
	private Long id;

	private long inquiryId;
	private long offerId;
	private long achievementId;
	private String achievementTitle;
	private String achievementSummary;
	private long sellerOrganisationId;
	private String sellerName;
	private boolean sellerStateOwned;
	private long buyerOrganisationId;
	private String buyerName;
	private BigDecimal price;
	@Enumerated(EnumType.STRING)
	private TradeMethod method;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	@Enumerated(EnumType.STRING)
	private AgreementStatus status;
	private String buyerInventors;
	private boolean relatedParty;
	private String relatedPartyNote;
	private Instant noticeStartsAt;
	private Instant noticeEndsAt;
	private Long dealId;
	private Instant agreedAt;
	private Instant closedAt;
	@Version
	private int lockVersion;

	protected Agreement() {
	}

	public Agreement(Inquiry inquiry, Offer offer, String achievementSummary, boolean sellerStateOwned, String buyerInventors,
			boolean relatedParty, String relatedPartyNote, Instant noticeEndsAt, Clock clock) {
		this.inquiryId = inquiry.getId();
		this.offerId = offer.getId();
		this.achievementId = inquiry.getAchievementId();
		this.achievementTitle = inquiry.getAchievementTitle();
		this.achievementSummary = achievementSummary;
		this.sellerOrganisationId = inquiry.getSellerOrganisationId();
		this.sellerName = inquiry.getSellerName();
		this.sellerStateOwned = sellerStateOwned;
		this.buyerOrganisationId = inquiry.getBuyerOrganisationId();
		this.buyerName = inquiry.getBuyerName();
		this.price = offer.getPrice();
		TradeTerms terms = offer.terms();
		this.method = terms.method();
		this.licenceMode = terms.licenceMode();
		this.licenceTerm = terms.term();
		this.territory = terms.territory();
		this.buyerInventors = buyerInventors;
		this.relatedParty = relatedParty;
		this.relatedPartyNote = relatedPartyNote;
		this.agreedAt = clock.instant();
		this.status = AgreementStatus.IN_NOTICE;
		if (sellerStateOwned) {
			this.noticeStartsAt = agreedAt;
			this.noticeEndsAt = noticeEndsAt;
		}
	}

	public boolean noticeOver(Instant now) {
		return noticeEndsAt == null || !now.isBefore(noticeEndsAt);
	}

	public boolean inNotice(Instant now) {
		return status == AgreementStatus.IN_NOTICE && noticeEndsAt != null && now.isBefore(noticeEndsAt);
	}

	void conclude(long dealId, Clock clock) {
		move(AgreementStatus.CONCLUDED, clock);
		this.dealId = dealId;
	}

	void block(Clock clock) {
		move(AgreementStatus.BLOCKED, clock);
	}

	private void move(AgreementStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("agreement.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.closedAt = clock.instant();
	}

	public boolean hasNotice() {
		return noticeStartsAt != null;
	}

	public TradeTerms terms() {
		return new TradeTerms(method, licenceMode, licenceTerm, territory);
	}

	public Long getId() {
		return id;
	}

	public long getInquiryId() {
		return inquiryId;
	}

	public long getOfferId() {
		return offerId;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public String getAchievementTitle() {
		return achievementTitle;
	}

	public String getAchievementSummary() {
		return achievementSummary;
	}

	public long getSellerOrganisationId() {
		return sellerOrganisationId;
	}

	public String getSellerName() {
		return sellerName;
	}

	public boolean isSellerStateOwned() {
		return sellerStateOwned;
	}

	public long getBuyerOrganisationId() {
		return buyerOrganisationId;
	}

	public String getBuyerName() {
		return buyerName;
	}

	public BigDecimal getPrice() {
		return price;
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

	public AgreementStatus getStatus() {
		return status;
	}

	public String getBuyerInventors() {
		return buyerInventors;
	}

	public boolean isBuyerInventor() {
		return buyerInventors != null && !buyerInventors.isBlank();
	}

	public boolean isRelatedParty() {
		return relatedParty;
	}

	public String getRelatedPartyNote() {
		return relatedPartyNote;
	}

	public Instant getNoticeStartsAt() {
		return noticeStartsAt;
	}

	public Instant getNoticeEndsAt() {
		return noticeEndsAt;
	}

	public Long getDealId() {
		return dealId;
	}

	public Instant getAgreedAt() {
		return agreedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}
}
