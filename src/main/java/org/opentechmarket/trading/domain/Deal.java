package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
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
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealStatus;
import org.opentechmarket.trading.DealSummary;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * A deal (成交): parties, achievement, terms, price, payment plan and the lifecycle of {@link DealStatus}. Every status change
 * goes through {@link #move}, which asks the enum whether it is allowed.
 */
@Entity
@Table(name = "deals")
public class Deal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deals_seq")
	@SequenceGenerator(name = "deals_seq", sequenceName = "deals_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DealOrigin origin;
	private long originId;
	private long achievementId;
	private String achievementTitle;
	private long sellerOrganisationId;
	private String sellerName;
	private long buyerOrganisationId;
	private String buyerName;
	@Enumerated(EnumType.STRING)
	private TradeMethod method;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	private BigDecimal price;
	@Enumerated(EnumType.STRING)
	private DealStatus status;

	@Embedded
	private PlanColumns plan;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "deal_instalments", joinColumns = @JoinColumn(name = "deal_id"))
	@OrderColumn(name = "position")
	private List<Instalment> instalments = new ArrayList<>();
	private String planSetBy;
	private Instant planSetAt;

	private LocalDate signedOn;
	private String signedBy;
	private Instant signedAt;
	private Instant completedAt;
	private String completedBy;
	private Instant terminatedAt;
	private String terminatedBy;
	private String terminationReason;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int lockVersion;

	protected Deal() {
	}

	public Deal(DealOrigin origin, long originId, long achievementId, String achievementTitle, long sellerOrganisationId,
			String sellerName, long buyerOrganisationId, String buyerName, TradeTerms terms, BigDecimal price, Clock clock) {
		this.origin = origin;
		this.originId = originId;
		this.achievementId = achievementId;
		this.achievementTitle = achievementTitle;
		this.sellerOrganisationId = sellerOrganisationId;
		this.sellerName = sellerName;
		this.buyerOrganisationId = buyerOrganisationId;
		this.buyerName = buyerName;
		this.method = terms.method();
		this.licenceMode = terms.licenceMode();
		this.licenceTerm = terms.term();
		this.territory = terms.territory();
		this.price = Money.normal(price);
		this.status = DealStatus.AGREED;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** The payment plan the parties agreed, settable until the contract is signed. */
	public void setPlan(PaymentPlan plan, String by, Clock clock) {
		if (status != DealStatus.AGREED) {
			throw DomainException.conflict("deal.plan.fixed", status.name());
		}
		PaymentPlan normalised = plan.normalised();
		this.plan = PlanColumns.of(normalised);
		this.instalments.clear();
		this.instalments.addAll(normalised.instalments());
		this.planSetBy = by;
		this.planSetAt = clock.instant();
		this.updatedAt = planSetAt;
	}

	public void sign(LocalDate signedOn, String by, Clock clock) {
		if (plan() == null) {
			throw DomainException.conflict("deal.plan.required");
		}
		move(DealStatus.CONTRACT_SIGNED, clock);
		this.signedOn = signedOn;
		this.signedBy = by;
		this.signedAt = clock.instant();
	}

	/** The first confirmed payment: CONTRACT_SIGNED → IN_PAYMENT; nothing when payment has begun already. */
	public void paymentStarted(Clock clock) {
		if (status == DealStatus.CONTRACT_SIGNED) {
			move(DealStatus.IN_PAYMENT, clock);
		}
	}

	public void complete(String by, Clock clock) {
		move(DealStatus.COMPLETED, clock);
		this.completedAt = clock.instant();
		this.completedBy = by;
	}

	public void terminate(String reason, String by, Clock clock) {
		move(DealStatus.TERMINATED, clock);
		this.terminationReason = reason;
		this.terminatedBy = by;
		this.terminatedAt = clock.instant();
	}

	private void move(DealStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("deal.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = clock.instant();
	}

	public boolean isParty(long organisationId) {
		return organisationId == sellerOrganisationId || organisationId == buyerOrganisationId;
	}

	/** "trading:42": how contract registrations, broker points and the achievement's conversion note refer to this deal. */
	public String reference() {
		return "trading:" + id;
	}

	public PaymentPlan plan() {
		return plan == null ? null : plan.toPlan(List.copyOf(instalments));
	}

	public TradeTerms terms() {
		return new TradeTerms(method, licenceMode, licenceTerm, territory);
	}

	public DealSummary summary() {
		return new DealSummary(id, origin, originId, achievementId, sellerOrganisationId, buyerOrganisationId, terms(), price,
				status);
	}

	public Long getId() {
		return id;
	}

	public DealOrigin getOrigin() {
		return origin;
	}

	public long getOriginId() {
		return originId;
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

	public BigDecimal getPrice() {
		return price;
	}

	public DealStatus getStatus() {
		return status;
	}

	public String getPlanSetBy() {
		return planSetBy;
	}

	public Instant getPlanSetAt() {
		return planSetAt;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public String getSignedBy() {
		return signedBy;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public String getCompletedBy() {
		return completedBy;
	}

	public Instant getTerminatedAt() {
		return terminatedAt;
	}

	public String getTerminatedBy() {
		return terminatedBy;
	}

	public String getTerminationReason() {
		return terminationReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
