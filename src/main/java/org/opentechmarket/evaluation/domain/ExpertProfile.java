package org.opentechmarket.evaluation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.opentechmarket.platform.DomainException;

/**
 * An expert of the pool (评审专家库): one per user with the EXPERT role. The current organisation is the user's; the profile
 * holds what recusal and drawing need (real name, disciplines, employment history, declared conflicts), availability, the
 * integrity record and the status with its history.
 */
@Entity
@Table(name = "expert_profiles")
public class ExpertProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_profiles_seq")
	@SequenceGenerator(name = "expert_profiles_seq", sequenceName = "expert_profiles_seq", allocationSize = 50)
	private Long id;
	private long userId;
	private String realName;
	private String title;
	@Enumerated(EnumType.STRING)
	private ExpertStatus status = ExpertStatus.ACTIVE;
	private boolean available = true;
	private LocalDate unavailableUntil;
	private String availabilityNote;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int version;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_disciplines", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	@Column(name = "code")
	private List<String> disciplines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_industries", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	@Column(name = "code")
	private List<String> industries = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_regions", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	@Column(name = "code")
	private List<String> regions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_employments", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	private List<Employment> employment = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_conflicts", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	private List<DeclaredConflict> conflicts = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_integrity", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	private List<IntegrityEntry> integrity = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "expert_status_history", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	private List<StatusChange> statusHistory = new ArrayList<>();

	protected ExpertProfile() {
	}

	public ExpertProfile(long userId, String realName, Clock clock) {
		this.userId = userId;
		this.realName = realName;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/** The expert's own edit: every field but status and integrity record. */
	public void edit(String realName, String title, List<String> disciplines, List<String> industries, List<String> regions,
			boolean available, LocalDate unavailableUntil, String availabilityNote, List<Employment> employment,
			List<DeclaredConflict> conflicts, Clock clock) {
		this.realName = realName;
		this.title = title;
		this.disciplines.clear();
		this.disciplines.addAll(disciplines);
		this.industries.clear();
		this.industries.addAll(industries);
		this.regions.clear();
		this.regions.addAll(regions);
		this.available = available;
		this.unavailableUntil = available ? null : unavailableUntil;
		this.availabilityNote = availabilityNote;
		this.employment.clear();
		this.employment.addAll(employment);
		this.conflicts.clear();
		this.conflicts.addAll(conflicts);
		this.updatedAt = clock.instant();
	}

	public void changeStatus(ExpertStatus target, String actor, String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("expert.status.reasonRequired");
		}
		if (!status.canMoveTo(target)) {
			throw DomainException.conflict("expert.status.notAllowed", status.name(), target.name());
		}
		statusHistory.add(new StatusChange(status, target, actor, clock.instant(), reason.strip()));
		status = target;
		updatedAt = clock.instant();
	}

	public void record(IntegrityType type, Long reviewId, String description, String recordedBy, Clock clock) {
		integrity.add(new IntegrityEntry(type, LocalDate.now(clock), reviewId, description, recordedBy));
		updatedAt = clock.instant();
	}

	/** Available today: not marked unavailable, or the unavailability ended before today. */
	public boolean isAvailable(LocalDate today) {
		return available || (unavailableUntil != null && today.isAfter(unavailableUntil));
	}

	public long count(IntegrityType type) {
		return integrity.stream().filter(e -> e.getType() == type).count();
	}

	public long getCompletedCount() {
		return count(IntegrityType.COMPLETED);
	}

	public long getDeclinedCount() {
		return count(IntegrityType.DECLINED) + count(IntegrityType.NO_RESPONSE);
	}

	public long getLateCount() {
		return count(IntegrityType.LATE);
	}

	public long getMisconductCount() {
		return count(IntegrityType.MISCONDUCT);
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public String getRealName() {
		return realName;
	}

	public String getTitle() {
		return title;
	}

	public ExpertStatus getStatus() {
		return status;
	}

	public boolean isAvailableFlag() {
		return available;
	}

	public LocalDate getUnavailableUntil() {
		return unavailableUntil;
	}

	public String getAvailabilityNote() {
		return availabilityNote;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<String> getDisciplines() {
		return disciplines;
	}

	public List<String> getIndustries() {
		return industries;
	}

	public List<String> getRegions() {
		return regions;
	}

	public List<Employment> getEmployment() {
		return employment;
	}

	public List<DeclaredConflict> getConflicts() {
		return conflicts;
	}

	public List<IntegrityEntry> getIntegrity() {
		return integrity;
	}

	public List<StatusChange> getStatusHistory() {
		return statusHistory;
	}

	/** A past employer: a registered organisation (id) or one known by name; {@code until} null = still there. */
	@Embeddable
	public static class Employment {

		private Long organisationId;
		private String organisationName;
		@Column(name = "from_date")
		private LocalDate since;
		@Column(name = "to_date")
		private LocalDate until;

		protected Employment() {
		}

		public Employment(Long organisationId, String organisationName, LocalDate since, LocalDate until) {
			this.organisationId = organisationId;
			this.organisationName = organisationName;
			this.since = since;
			this.until = until;
		}

		public Long getOrganisationId() {
			return organisationId;
		}

		public String getOrganisationName() {
			return organisationName;
		}

		public LocalDate getSince() {
			return since;
		}

		public LocalDate getUntil() {
			return until;
		}
	}

	/** A conflict the expert declared: with an organisation, or with a person (name, optionally organisation). */
	@Embeddable
	public static class DeclaredConflict {

		private String organisationName;
		private String personName;
		private String reason;

		protected DeclaredConflict() {
		}

		public DeclaredConflict(String organisationName, String personName, String reason) {
			this.organisationName = organisationName;
			this.personName = personName;
			this.reason = reason;
		}

		public String getOrganisationName() {
			return organisationName;
		}

		public String getPersonName() {
			return personName;
		}

		public String getReason() {
			return reason;
		}
	}

	/** One entry of the integrity record, with the review it came from. */
	@Embeddable
	public static class IntegrityEntry {

		@Enumerated(EnumType.STRING)
		private IntegrityType type;
		@Column(name = "on_date")
		private LocalDate on;
		private Long reviewId;
		private String description;
		private String recordedBy;

		protected IntegrityEntry() {
		}

		IntegrityEntry(IntegrityType type, LocalDate on, Long reviewId, String description, String recordedBy) {
			this.type = type;
			this.on = on;
			this.reviewId = reviewId;
			this.description = description;
			this.recordedBy = recordedBy;
		}

		public IntegrityType getType() {
			return type;
		}

		public LocalDate getOn() {
			return on;
		}

		public Long getReviewId() {
			return reviewId;
		}

		public String getDescription() {
			return description;
		}

		public String getRecordedBy() {
			return recordedBy;
		}
	}

	/** Who changed the status, when and why. */
	@Embeddable
	public static class StatusChange {

		@Enumerated(EnumType.STRING)
		@Column(name = "from_status")
		private ExpertStatus from;
		@Enumerated(EnumType.STRING)
		@Column(name = "to_status")
		private ExpertStatus to;
		private String actor;
		private Instant at;
		private String reason;

		protected StatusChange() {
		}

		StatusChange(ExpertStatus from, ExpertStatus to, String actor, Instant at, String reason) {
			this.from = from;
			this.to = to;
			this.actor = actor;
			this.at = at;
			this.reason = reason;
		}

		public ExpertStatus getFrom() {
			return from;
		}

		public ExpertStatus getTo() {
			return to;
		}

		public String getActor() {
			return actor;
		}

		public Instant getAt() {
			return at;
		}

		public String getReason() {
			return reason;
		}
	}
}
