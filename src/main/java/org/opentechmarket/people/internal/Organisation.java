package org.opentechmarket.people.internal;

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
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DomainException;

@Entity
@jakarta.persistence.EntityListeners(AccountChangeListener.class)
@Table(name = "organisations")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisations_seq")
	@SequenceGenerator(name = "organisations_seq", sequenceName = "organisations_seq", allocationSize = 1)
	private Long id;
	private String name;
	private String creditCode;
	@Enumerated(EnumType.STRING)
	private OrganisationType type;
	private boolean stateOwned;
	private String regionCode;
	private boolean verified;
	private Instant verifiedAt;
	private String verifiedBy;
	private Instant createdAt;
	@Version
	private int version;

	protected Organisation() {
	}

	public Organisation(String name, String creditCode, OrganisationType type, boolean stateOwned, String regionCode,
			Clock clock) {
		if (!CreditCode.isValid(creditCode)) {
			throw DomainException.invalid("organisation.creditCode.invalid");
		}
		this.name = name.trim();
		this.creditCode = CreditCode.normalise(creditCode);
		this.type = type;
		this.stateOwned = stateOwned;
		this.regionCode = regionCode;
		this.createdAt = clock.instant();
	}

	/** An admin has checked the organisation's documents. */
	public void verify(String admin, Clock clock) {
		if (verified) {
			throw DomainException.conflict("organisation.alreadyVerified");
		}
		this.verified = true;
		this.verifiedAt = clock.instant();
		this.verifiedBy = admin;
	}

	public void revokeVerification() {
		this.verified = false;
		this.verifiedAt = null;
		this.verifiedBy = null;
	}

	public OrganisationSummary summary() {
		return new OrganisationSummary(id, name, creditCode, type, stateOwned, regionCode, verified);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public OrganisationType getType() {
		return type;
	}

	public boolean isStateOwned() {
		return stateOwned;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public boolean isVerified() {
		return verified;
	}

	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	public String getVerifiedBy() {
		return verifiedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
