package org.opentechmarket.institution.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/**
 * The directory profile of a verified transfer institution or service provider. The organisation's administrators edit the
 * description, services, regions and public contact channel; only platform administrators set the level and the listing
 * status.
 */
@Entity
@Table(name = "institution_profiles")
public class InstitutionProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_profiles_seq")
	@SequenceGenerator(name = "institution_profiles_seq", sequenceName = "institution_profiles_seq", allocationSize = 50)
	private Long id;
	private long organisationId;
	@Enumerated(EnumType.STRING)
	private DirectoryKind kind;
	private String name;
	private String regionCode;
	@Enumerated(EnumType.STRING)
	private InstitutionLevel level = InstitutionLevel.NONE;
	private Integer levelYear;
	private String levelDocument;
	private Long parentOrganisationId;
	private String description;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "institution_profile_services", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "service_kind")
	@OrderBy
	private Set<String> services = new LinkedHashSet<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "institution_profile_regions", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "region_code")
	@OrderBy
	private Set<String> regions = new LinkedHashSet<>();
	private String contactPhone;
	private String contactEmail;
	private String website;
	@Enumerated(EnumType.STRING)
	private ListingStatus status = ListingStatus.LISTED;
	private String statusReason;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int version;

	protected InstitutionProfile() {
	}

	public InstitutionProfile(long organisationId, DirectoryKind kind, String name, String regionCode, Clock clock) {
		this.organisationId = organisationId;
		this.kind = kind;
		this.name = name;
		this.regionCode = regionCode;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** The part of the profile the organisation's administrators keep (values already validated by the service). */
	public void describe(ProfileDetails details, Clock clock) {
		this.description = details.description();
		this.parentOrganisationId = details.parentOrganisationId();
		this.services = new LinkedHashSet<>(details.services());
		this.regions = new LinkedHashSet<>(details.regions());
		this.contactPhone = details.contactPhone();
		this.contactEmail = details.contactEmail();
		this.website = details.website();
		this.updatedAt = clock.instant();
	}

	/** Level recognition: NONE clears year and document; any other level needs both. */
	public void recognise(InstitutionLevel newLevel, Integer year, String document, int currentYear, Clock clock) {
		if (newLevel == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("level", "validation.required")));
		}
		if (newLevel == InstitutionLevel.NONE) {
			this.level = newLevel;
			this.levelYear = null;
			this.levelDocument = null;
		}
		else {
			List<FieldViolation> violations = new java.util.ArrayList<>();
			if (year == null || year < 1990 || year > currentYear) {
				violations.add(FieldViolation.of("levelYear", "institution.levelYear.invalid", currentYear));
			}
			if (document == null || document.isBlank()) {
				violations.add(FieldViolation.of("levelDocument", "validation.required"));
			}
			else if (document.strip().length() > 200) {
				violations.add(FieldViolation.of("levelDocument", "validation.size.max", 200));
			}
			if (!violations.isEmpty()) {
				throw DomainException.invalid(violations);
			}
			this.level = newLevel;
			this.levelYear = year;
			this.levelDocument = document.strip();
		}
		this.updatedAt = clock.instant();
	}

	/** Moves the profile in or out of the directory (transitions in {@link ListingStatus}). */
	public void moveTo(ListingStatus target, String reason, Clock clock) {
		if (target == null || !status.canMoveTo(target)) {
			throw DomainException.conflict("institution.status.notAllowed", status, target);
		}
		if (target.needsReason() && (reason == null || reason.isBlank())) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.reasonRequired")));
		}
		this.status = target;
		this.statusReason = target.needsReason() ? reason.strip() : null;
		this.updatedAt = clock.instant();
	}

	public void rename(String name, String regionCode) {
		this.name = name;
		this.regionCode = regionCode;
	}

	public boolean isListed() {
		return status == ListingStatus.LISTED;
	}

	public Long getId() {
		return id;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public DirectoryKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public InstitutionLevel getLevel() {
		return level;
	}

	public Integer getLevelYear() {
		return levelYear;
	}

	public String getLevelDocument() {
		return levelDocument;
	}

	public Long getParentOrganisationId() {
		return parentOrganisationId;
	}

	public String getDescription() {
		return description;
	}

	public Set<String> getServices() {
		return services;
	}

	public Set<String> getRegions() {
		return regions;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getWebsite() {
		return website;
	}

	public ListingStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
