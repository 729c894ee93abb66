package org.opentechmarket.listing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opentechmarket.listing.ListingStatus;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * A listing (挂牌): a published achievement offered at a fixed price for a period of working days, with a deposit and buyer
 * qualifications. The state changes are the methods below; {@link ListingStatus} holds the allowed transitions.
 */
@Entity
@Table(name = "listings")
public class Listing {

	/** What happens when two or more buyers qualify: an auction or a tender among them (the seller's choice). */
	public enum Route {
		AUCTION, TENDER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listings_seq")
	@SequenceGenerator(name = "listings_seq", sequenceName = "listings_seq", allocationSize = 50)
	private Long id;
	private long achievementId;
	private String achievementTitle;
	private long sellerOrganisationId;
	private String sellerName;
	private String createdBy;

	@Enumerated(EnumType.STRING)
	private TradeMethod method;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;

	private BigDecimal price;
	private BigDecimal deposit;
	private int periodWorkingDays;
	private Instant publishedAt;
	private LocalDate lastDay;
	private Instant endsAt;

	private String qualifications;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "listing_buyer_types", joinColumns = @JoinColumn(name = "listing_id"))
	@Column(name = "organisation_type")
	@Enumerated(EnumType.STRING)
	private Set<OrganisationType> buyerTypes = new LinkedHashSet<>();
	private String buyerRegion;

	@Enumerated(EnumType.STRING)
	private Route route;

	@Enumerated(EnumType.STRING)
	private ListingStatus status;
	private Instant closedAt;
	private Long dealId;
	private Long auctionId;
	private Long tenderId;
	private Long relistOf;
	private Long relistedAs;

	@Version
	private int version;

	protected Listing() {
	}

	public Listing(long achievementId, String achievementTitle, long sellerOrganisationId, String sellerName, String createdBy,
			TradeTerms terms, BigDecimal price, BigDecimal deposit, int periodWorkingDays, ListingPeriod period,
			String qualifications, BuyerRule rule, Route route, Long relistOf, Clock clock) {
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		this.sellerOrganisationId = sellerOrganisationId;
		this.sellerName = sellerName;
		this.createdBy = createdBy;
		this.method = terms.method();
		this.licenceMode = terms.licenceMode();
		this.licenceTerm = terms.term();
		this.territory = terms.territory();
		this.price = price;
		this.deposit = deposit;
		this.periodWorkingDays = periodWorkingDays;
		this.publishedAt = clock.instant();
		this.lastDay = period.lastDay();
		this.endsAt = period.endsAt();
		this.qualifications = qualifications;
		this.buyerTypes.addAll(rule.types());
		this.buyerRegion = rule.region();
		this.route = route;
		this.relistOf = relistOf;
		this.status = ListingStatus.LISTED;
	}

	// ------------------------------------------------------------------ behaviour

	private void move(ListingStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("listing.transition", status.name(), next.name());
		}
		status = next;
		closedAt = clock.instant();
	}

	/** Buyers may register intent from publication to the end of the period. */
	public boolean acceptsIntents(Clock clock) {
		return status == ListingStatus.LISTED && clock.instant().isBefore(endsAt);
	}

	/** The period is over and the listing not closed yet. */
	public boolean isDue(Clock clock) {
		return status == ListingStatus.LISTED && !clock.instant().isBefore(endsAt);
	}

	public void withdraw(boolean anyIntent, Clock clock) {
		if (anyIntent) {
			throw DomainException.conflict("listing.withdraw.hasIntents");
		}
		move(ListingStatus.WITHDRAWN, clock);
	}

	private void requireDue(Clock clock) {
		if (!isDue(clock)) {
			throw DomainException.conflict("listing.close.notDue", endsAt);
		}
	}

	public void closeUnsold(Clock clock) {
		requireDue(clock);
		move(ListingStatus.UNSOLD, clock);
	}

	public void closeSold(long dealId, Clock clock) {
		requireDue(clock);
		move(ListingStatus.SOLD, clock);
		this.dealId = dealId;
	}

	public void closeAuctioned(long auctionId, Clock clock) {
		requireDue(clock);
		move(ListingStatus.AUCTIONED, clock);
		this.auctionId = auctionId;
	}

	public void closeTendered(long tenderId, Clock clock) {
		requireDue(clock);
		move(ListingStatus.TENDERED, clock);
		this.tenderId = tenderId;
	}

	/** Records the new listing that relists this one; a listing is relisted once. */
	public void relistedAs(long newListingId) {
		if (!status.mayRelist()) {
			throw DomainException.conflict("listing.relist.notAllowed", status.name());
		}
		if (relistedAs != null) {
			throw DomainException.conflict("listing.relist.already", relistedAs);
		}
		this.relistedAs = newListingId;
	}

	public TradeTerms terms() {
		return new TradeTerms(method, licenceMode, licenceTerm, territory);
	}

	public BuyerRule buyerRule() {
		return new BuyerRule(buyerTypes.isEmpty() ? Set.of() : EnumSet.copyOf(buyerTypes), buyerRegion);
	}

	// ------------------------------------------------------------------ reading

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

	public String getCreatedBy() {
		return createdBy;
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

	public BigDecimal getPrice() {
		return price;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public int getPeriodWorkingDays() {
		return periodWorkingDays;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public LocalDate getLastDay() {
		return lastDay;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getQualifications() {
		return qualifications;
	}

	public Set<OrganisationType> getBuyerTypes() {
		return buyerTypes;
	}

	public String getBuyerRegion() {
		return buyerRegion;
	}

	public Route getRoute() {
		return route;
	}

	public ListingStatus getStatus() {
		return status;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Long getDealId() {
		return dealId;
	}

	public Long getAuctionId() {
		return auctionId;
	}

	public Long getTenderId() {
		return tenderId;
	}

	public Long getRelistOf() {
		return relistOf;
	}

	public Long getRelistedAs() {
		return relistedAs;
	}
}
