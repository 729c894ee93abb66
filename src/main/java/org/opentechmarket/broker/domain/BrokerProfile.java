package org.opentechmarket.broker.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.platform.DomainException;

/**
 * A broker's profile (domain/people.md §Brokers): grade with certificate, institution, fields, regions, languages and a short
 * bio; never personal contact data. The user id is the key: one profile per broker account.
 */
@Entity
@Table(name = "broker_profiles")
public class BrokerProfile {

	@Id
	private Long userId;
	private long organisationId;
	@Enumerated(EnumType.STRING)
	private BrokerGrade grade;
	private String certificateNumber;
	private boolean gradeVerified;
	private Instant gradeVerifiedAt;
	private String gradeVerifiedBy;
	private String bio;
	@Enumerated(EnumType.STRING)
	private BrokerStatus status;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "broker_profile_disciplines", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "code")
	private Set<String> disciplines = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "broker_profile_industries", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "code")
	private Set<String> industries = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "broker_profile_regions", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "code")
	private Set<String> regions = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "broker_profile_languages", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	protected BrokerProfile() {
	}

	public BrokerProfile(long userId, long organisationId, ProfileContent content, Clock clock) {
		this.userId = userId;
		this.organisationId = organisationId;
		this.status = BrokerStatus.ACTIVE;
		this.createdAt = clock.instant();
		apply(content, clock);
	}

	/** The broker edits the profile; a changed grade or certificate needs verifying again. */
	public void edit(ProfileContent content, Clock clock) {
		if (status == BrokerStatus.WITHDRAWN) {
			throw DomainException.conflict("broker.withdrawn");
		}
		boolean gradeChanged = content.grade() != grade
				|| !java.util.Objects.equals(content.certificateNumber(), certificateNumber);
		apply(content, clock);
		if (gradeChanged) {
			gradeVerified = false;
			gradeVerifiedAt = null;
			gradeVerifiedBy = null;
		}
	}

	private void apply(ProfileContent content, Clock clock) {
		this.grade = content.grade();
		this.certificateNumber = content.grade().requiresCertificate() ? content.certificateNumber() : null;
		this.bio = content.bio();
		this.disciplines.clear();
		this.disciplines.addAll(content.disciplines());
		this.industries.clear();
		this.industries.addAll(content.industries());
		this.regions.clear();
		this.regions.addAll(content.regions());
		this.languages.clear();
		this.languages.addAll(content.languages());
		this.updatedAt = clock.instant();
	}

	/** An administrator has checked the grade against the certificate. */
	public void verifyGrade(String admin, Clock clock) {
		if (grade.requiresCertificate() && (certificateNumber == null || certificateNumber.isBlank())) {
			throw DomainException.conflict("broker.grade.certificateMissing");
		}
		this.gradeVerified = true;
		this.gradeVerifiedAt = clock.instant();
		this.gradeVerifiedBy = admin;
	}

	/** Moves to {@code next} if the lifecycle allows it; the caller records the history row. */
	public BrokerStatus changeStatus(BrokerStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("broker.status.transitionNotAllowed", status.name(), next.name());
		}
		BrokerStatus previous = status;
		this.status = next;
		this.updatedAt = clock.instant();
		return previous;
	}

	public ProfileContent content() {
		return new ProfileContent(grade, certificateNumber, bio, disciplines, industries, regions, languages);
	}

	public long getUserId() {
		return userId;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public BrokerGrade getGrade() {
		return grade;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public boolean isGradeVerified() {
		return gradeVerified;
	}

	public Instant getGradeVerifiedAt() {
		return gradeVerifiedAt;
	}

	public String getGradeVerifiedBy() {
		return gradeVerifiedBy;
	}

	public String getBio() {
		return bio;
	}

	public BrokerStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Set<String> getDisciplines() {
		return Collections.unmodifiableSet(disciplines);
	}

	public Set<String> getIndustries() {
		return Collections.unmodifiableSet(industries);
	}

	public Set<String> getRegions() {
		return Collections.unmodifiableSet(regions);
	}

	public Set<String> getLanguages() {
		return Collections.unmodifiableSet(languages);
	}
}
