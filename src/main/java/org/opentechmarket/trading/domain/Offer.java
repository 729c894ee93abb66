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
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/**
 * A formal offer (报价) in an inquiry: price, trade terms, payment plan, terms text and the last day it may be accepted. Only
 * the other side accepts, rejects or counters it, and only while it is open and valid.
 */
@Entity
@Table(name = "offers")
public class Offer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offers_seq")
	@SequenceGenerator(name = "offers_seq", sequenceName = "offers_seq", allocationSize = 50)
	private Long id;

	private long inquiryId;
	@Enumerated(EnumType.STRING)
	private Side side;
	private String madeBy;
	private Instant madeAt;
	private BigDecimal price;
	@Enumerated(EnumType.STRING)
	private TradeMethod method;
	@Enumerated(EnumType.STRING)
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	@Embedded
	private PlanColumns plan;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "offer_instalments", joinColumns = @JoinColumn(name = "offer_id"))
	@OrderColumn(name = "position")
	private List<Instalment> instalments = new ArrayList<>();
	private String termsText;
	private LocalDate validUntil;
	@Enumerated(EnumType.STRING)
	private OfferStatus status;
	private Long counterOf;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionReason;
	@Version
	private int lockVersion;

	protected Offer() {
	}

	public Offer(long inquiryId, Side side, String madeBy, BigDecimal price, TradeTerms terms, PaymentPlan plan,
			String termsText, LocalDate validUntil, Long counterOf, Clock clock) {
		this.inquiryId = inquiryId;
		this.side = side;
		this.madeBy = madeBy;
		this.madeAt = clock.instant();
		this.price = Money.normal(price);
		this.method = terms.method();
		this.licenceMode = terms.licenceMode();
		this.licenceTerm = terms.term();
		this.territory = terms.territory();
		PaymentPlan normalised = plan.normalised();
		this.plan = PlanColumns.of(normalised);
		this.instalments.addAll(normalised.instalments());
		this.termsText = termsText;
		this.validUntil = validUntil;
		this.status = OfferStatus.OPEN;
		this.counterOf = counterOf;
	}

	/** Still open and not past its validity date (the whole of {@code validUntil} counts). */
	public boolean isAcceptableOn(LocalDate today) {
		return status == OfferStatus.OPEN && !today.isAfter(validUntil);
	}

	public boolean isExpiredOn(LocalDate today) {
		return status == OfferStatus.OPEN && today.isAfter(validUntil);
	}

	/** The other side accepts: the offer must be open and valid today. */
	public void accept(Side by, String username, LocalDate today, Clock clock) {
		requireOtherSide(by);
		if (status == OfferStatus.OPEN && today.isAfter(validUntil)) {
			throw DomainException.conflict("offer.expiredOn", validUntil.toString());
		}
		decide(OfferStatus.ACCEPTED, username, null, clock);
	}

	public void reject(Side by, String username, String reason, Clock clock) {
		requireOtherSide(by);
		decide(OfferStatus.REJECTED, username, reason, clock);
	}

	/** Superseded by a new offer: COUNTERED when the other side made it, WITHDRAWN when its own side did. */
	void supersede(Side newOfferSide, String username, Clock clock) {
		decide(newOfferSide == side ? OfferStatus.WITHDRAWN : OfferStatus.COUNTERED, username, null, clock);
	}

	void withdraw(String username, String reason, Clock clock) {
		decide(OfferStatus.WITHDRAWN, username, reason, clock);
	}

	private void requireOtherSide(Side by) {
		if (by == side) {
			throw DomainException.conflict("offer.ownOffer");
		}
	}

	private void decide(OfferStatus next, String username, String reason, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("offer.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.decidedBy = username;
		this.decidedAt = clock.instant();
		this.decisionReason = reason;
	}

	public TradeTerms terms() {
		return new TradeTerms(method, licenceMode, licenceTerm, territory);
	}

	public PaymentPlan plan() {
		return plan.toPlan(List.copyOf(instalments));
	}

	public Long getId() {
		return id;
	}

	public long getInquiryId() {
		return inquiryId;
	}

	public Side getSide() {
		return side;
	}

	public String getMadeBy() {
		return madeBy;
	}

	public Instant getMadeAt() {
		return madeAt;
	}

	public BigDecimal getPrice() {
		return price;
	}

	public String getTermsText() {
		return termsText;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public Long getCounterOf() {
		return counterOf;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionReason() {
		return decisionReason;
	}
}
