package org.opentechmarket.listing.domain;

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

/** A buyer organisation's intent to buy a listing, secured by its deposit (one intent per organisation and listing). */
@Entity
@Table(name = "listing_intents")
public class ListingIntent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_intents_seq")
	@SequenceGenerator(name = "listing_intents_seq", sequenceName = "listing_intents_seq", allocationSize = 50)
	private Long id;
	private long listingId;
	private long buyerOrganisationId;
	private String buyerName;
	private long userId;
	private String username;
	private long depositId;
	private BigDecimal depositAmount;
	@Enumerated(EnumType.STRING)
	private IntentStatus status;
	private Instant createdAt;
	private Instant qualifiedAt;
	private Instant closedAt;
	@Version
	private int version;

	protected ListingIntent() {
	}

	public ListingIntent(long listingId, long buyerOrganisationId, String buyerName, long userId, String username,
			long depositId, BigDecimal depositAmount, Clock clock) {
		this.listingId = listingId;
		this.buyerOrganisationId = buyerOrganisationId;
		this.buyerName = buyerName;
		this.userId = userId;
		this.username = username;
		this.depositId = depositId;
		this.depositAmount = depositAmount;
		this.status = IntentStatus.PENDING_DEPOSIT;
		this.createdAt = clock.instant();
	}

	private void move(IntentStatus next) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("listing.intent.transition", status.name(), next.name());
		}
		status = next;
	}

	/** The deposit was confirmed at {@code at}. Idempotent: a qualified intent stays as it is. */
	public boolean qualify(Instant at) {
		if (status == IntentStatus.QUALIFIED) {
			return false;
		}
		move(IntentStatus.QUALIFIED);
		qualifiedAt = at;
		return true;
	}

	public void withdraw(Clock clock) {
		move(IntentStatus.WITHDRAWN);
		closedAt = clock.instant();
	}

	public void lapse(Clock clock) {
		move(IntentStatus.LAPSED);
		closedAt = clock.instant();
	}

	public void becomeBuyer(Clock clock) {
		move(IntentStatus.BUYER);
		closedAt = clock.instant();
	}

	public void admit(Clock clock) {
		move(IntentStatus.ADMITTED);
		closedAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getListingId() {
		return listingId;
	}

	public long getBuyerOrganisationId() {
		return buyerOrganisationId;
	}

	public String getBuyerName() {
		return buyerName;
	}

	public long getUserId() {
		return userId;
	}

	public String getUsername() {
		return username;
	}

	public long getDepositId() {
		return depositId;
	}

	public BigDecimal getDepositAmount() {
		return depositAmount;
	}

	public IntentStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getQualifiedAt() {
		return qualifiedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}
}
