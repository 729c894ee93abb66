package org.opentechmarket.trading.domain;

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

/** An inquiry (询价): a buyer organisation's thread with the seller about one achievement, with messages and formal offers. */
@Entity
@Table(name = "inquiries")
public class Inquiry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiries_seq")
	@SequenceGenerator(name = "inquiries_seq", sequenceName = "inquiries_seq", allocationSize = 50)
	private Long id;

	private long achievementId;
	private String achievementTitle;
	private long sellerOrganisationId;
	private String sellerName;
	private long buyerOrganisationId;
	private String buyerName;
	private String openedBy;
	private Long afterAuctionId;
	@Enumerated(EnumType.STRING)
	private InquiryStatus status;
	private Instant createdAt;
	private Instant updatedAt;
	private Instant closedAt;
	@Version
	private int lockVersion;

	protected Inquiry() {
	}

	public Inquiry(long achievementId, String achievementTitle, long sellerOrganisationId, String sellerName,
			long buyerOrganisationId, String buyerName, String openedBy, Long afterAuctionId, Clock clock) {
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		this.sellerOrganisationId = sellerOrganisationId;
		this.sellerName = sellerName;
		this.buyerOrganisationId = buyerOrganisationId;
		this.buyerName = buyerName;
		this.openedBy = openedBy;
		this.afterAuctionId = afterAuctionId;
		this.status = InquiryStatus.OPEN;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** The side this organisation is on, or null when it is not a party. */
	public Side sideOf(long organisationId) {
		if (organisationId == buyerOrganisationId) {
			return Side.BUYER;
		}
		if (organisationId == sellerOrganisationId) {
			return Side.SELLER;
		}
		return null;
	}

	public long organisationOf(Side side) {
		return side == Side.BUYER ? buyerOrganisationId : sellerOrganisationId;
	}

	public void requireOpen() {
		if (status != InquiryStatus.OPEN) {
			throw DomainException.conflict("inquiry.notOpen", status.name());
		}
	}

	public void move(InquiryStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("inquiry.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = clock.instant();
		this.closedAt = next == InquiryStatus.OPEN ? null : updatedAt;
	}

	void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getAchievementId() {
		return achievementId;
	}

	public String getAchievementTitle() {
		return achievementTitle;
	}

	public long getSellerOrganisationId() {
		return sellerOrganisationId;
	}

	public String getSellerName() {
		return sellerName;
	}

	public long getBuyerOrganisationId() {
		return buyerOrganisationId;
	}

	public String getBuyerName() {
		return buyerName;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public Long getAfterAuctionId() {
		return afterAuctionId;
	}

	public InquiryStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}
}
