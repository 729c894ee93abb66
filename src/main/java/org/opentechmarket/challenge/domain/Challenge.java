package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.ChallengeSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DomainException;

/**
 * A challenge (揭榜挂帅): the public call with its bounty, eligibility, window, review method and award rules, and the
 * lifecycle of the selection and the awarded work. State changes are methods that check their preconditions; the allowed
 * transitions are those of {@link ChallengeStatus}.
 */
@Entity
@Table(name = "challenges")
public class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenges_seq")
	@SequenceGenerator(name = "challenges_seq", sequenceName = "challenges_seq", allocationSize = 50)
	private Long id;

	private long posterOrganisationId;
	private String posterName;
	@Enumerated(EnumType.STRING)
	private OrganisationType posterType;
	private String postedBy;
	private Long needId;

	@Enumerated(EnumType.STRING)
	private ChallengeStatus status;

	private String title;
	private String problem;
	private String targets;
	private String industryCode;
	private String industrySection;
	private String disciplineCode;
	private String regionCode;

	private boolean bountyNegotiable;
	private BigDecimal bountyAmount;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "challenge_eligible_types", joinColumns = @JoinColumn(name = "challenge_id"))
	@Column(name = "organisation_type")
	@Enumerated(EnumType.STRING)
	private Set<OrganisationType> eligibleTypes = new LinkedHashSet<>();
	private String eligibleRegionCode;
	private boolean jointTeamsAllowed;
	private String eligibilityNotes;

	private LocalDate opensOn;
	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private ReviewMethod reviewMethod;
	private boolean anonymousReview;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "challenge_criteria", joinColumns = @JoinColumn(name = "challenge_id"))
	@OrderColumn(name = "position")
	private List<ScoringCriterion> criteria = new ArrayList<>();

	private Integer winnersMax;
	private boolean postSubsidy;
	private String awardRules;

	private String reviewNote;
	private String awardReason;
	private Boolean awardFollowedRanking;
	private String awardedBy;
	private String acceptanceReport;
	private String acceptedBy;
	private String cancelReason;

	private Instant createdAt;
	private Instant updatedAt;
	private Instant submittedAt;
	private Instant postedAt;
	private Instant applyingAt;
	private Instant reviewingAt;
	private Instant awardedAt;
	private Instant startedAt;
	private Instant closedAt;

	@Version
	private int lockVersion;

	protected Challenge() {
	}

	public Challenge(long posterOrganisationId, String posterName, OrganisationType posterType, String postedBy, Long needId,
			Clock clock) {
		this.posterOrganisationId = posterOrganisationId;
		this.posterName = posterName;
		this.posterType = posterType;
		this.postedBy = postedBy;
		this.needId = needId;
		this.status = ChallengeStatus.DRAFT;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	// ------------------------------------------------------------------ behaviour

	/** Replaces the content; only while the poster may edit (draft or returned). */
	public void edit(ChallengeContent c, String industrySection, Clock clock) {
		if (!status.isEditable()) {
			throw DomainException.conflict("challenge.notEditable", status.name());
		}
		this.title = c.title();
		this.problem = c.problem();
		this.targets = c.targets();
		this.industryCode = c.industryCode();
		this.industrySection = industrySection;
		this.disciplineCode = c.disciplineCode();
		this.regionCode = c.regionCode();
		this.bountyNegotiable = c.bountyNegotiable();
		this.bountyAmount = c.bountyNegotiable() ? null : c.bountyAmount();
		this.eligibleTypes.clear();
		if (c.eligibleTypes() != null) {
			this.eligibleTypes.addAll(c.eligibleTypes());
		}
		this.eligibleRegionCode = c.eligibleRegionCode();
		this.jointTeamsAllowed = c.jointTeamsAllowed();
		this.eligibilityNotes = c.eligibilityNotes();
		this.opensOn = c.opensOn();
		this.closesOn = c.closesOn();
		this.reviewMethod = c.reviewMethod();
		this.anonymousReview = c.anonymousReview();
		this.criteria.clear();
		if (c.criteria() != null) {
			c.criteria().forEach(x -> this.criteria.add(new ScoringCriterion(x.name(), x.weight())));
		}
		this.winnersMax = c.winnersMax();
		this.postSubsidy = c.postSubsidy();
		this.awardRules = c.awardRules();
		this.updatedAt = clock.instant();
	}

	/** The poster asks for the light review. */
	public void submit(Clock clock) {
		move(ChallengeStatus.SUBMITTED, clock);
		this.submittedAt = clock.instant();
		this.reviewNote = null;
	}

	/** Light review passed (or an administrator posts for the market): the call is public. */
	public void post(Clock clock) {
		move(ChallengeStatus.POSTED, clock);
		this.postedAt = clock.instant();
		if (submittedAt == null) {
			this.submittedAt = postedAt;
		}
	}

	public void returnForChanges(String reasons, Clock clock) {
		move(ChallengeStatus.RETURNED, clock);
		this.reviewNote = reasons;
	}

	/**
	 * Opens or closes the application window when the day has come: {@code POSTED → APPLYING} from the first day, {@code
	 * APPLYING → REVIEWING} once the last day is over (both at once when a call is found after its window). Idempotent.
	 *
	 * @return the states entered, in order (empty when nothing was due)
	 */
	public List<ChallengeStatus> advanceWindow(LocalDate today, Clock clock) {
		List<ChallengeStatus> entered = new ArrayList<>();
		if (status == ChallengeStatus.POSTED && opensOn != null && !today.isBefore(opensOn)) {
			move(ChallengeStatus.APPLYING, clock);
			this.applyingAt = clock.instant();
			entered.add(ChallengeStatus.APPLYING);
		}
		if (status == ChallengeStatus.APPLYING && closesOn != null && today.isAfter(closesOn)) {
			move(ChallengeStatus.REVIEWING, clock);
			this.reviewingAt = clock.instant();
			entered.add(ChallengeStatus.REVIEWING);
		}
		return entered;
	}

	/** Whether applications are accepted today: the call is APPLYING and today lies within the window. */
	public boolean windowOpen(LocalDate today) {
		return status == ChallengeStatus.APPLYING && opensOn != null && closesOn != null && !today.isBefore(opensOn)
				&& !today.isAfter(closesOn);
	}

	/** Days of the window left from {@code today} on, today included (the whole window before it opens). */
	public long daysLeft(LocalDate today) {
		if (opensOn == null || closesOn == null) {
			return 0;
		}
		LocalDate from = today.isAfter(opensOn) ? today : opensOn;
		return Math.max(0, ChronoUnit.DAYS.between(from, closesOn) + 1);
	}

	/** The poster names the winners. */
	public void award(String reason, boolean followedRanking, String by, Clock clock) {
		move(ChallengeStatus.AWARDED, clock);
		this.awardReason = reason;
		this.awardFollowedRanking = followedRanking;
		this.awardedBy = by;
		this.awardedAt = clock.instant();
	}

	/** The awarded work starts, with its milestones set. */
	public void start(Clock clock) {
		move(ChallengeStatus.IN_PROGRESS, clock);
		this.startedAt = clock.instant();
	}

	/** Acceptance (验收): ACCEPTED or FAILED, with the report. */
	public void conclude(ChallengeStatus outcome, String report, String by, Clock clock) {
		if (outcome != ChallengeStatus.ACCEPTED && outcome != ChallengeStatus.FAILED) {
			throw DomainException.invalid("challenge.acceptance.outcomeRequired");
		}
		move(outcome, clock);
		this.acceptanceReport = report;
		this.acceptedBy = by;
		this.closedAt = clock.instant();
	}

	public void cancel(String reason, Clock clock) {
		move(ChallengeStatus.CANCELLED, clock);
		this.cancelReason = reason;
		this.closedAt = clock.instant();
	}

	private void move(ChallengeStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("challenge.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = clock.instant();
	}

	// ------------------------------------------------------------------ derived

	/** Shown publicly: a public state, or cancelled after it had been posted. */
	public boolean isPublic() {
		return status.isPublic() || (status == ChallengeStatus.CANCELLED && postedAt != null);
	}

	public boolean wasEverPosted() {
		return postedAt != null;
	}

	/** Applications may be read by the poster only once the window is over (sealed while others may still apply). */
	public boolean applicationsUnsealed() {
		return reviewingAt != null;
	}

	public Set<OrganisationType> eligibleTypeSet() {
		return eligibleTypes.isEmpty() ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(eligibleTypes);
	}

	public ChallengeSummary summary() {
		return new ChallengeSummary(id, posterOrganisationId, posterName, status, title, industryCode, disciplineCode,
				bountyNegotiable, bountyAmount, opensOn, closesOn, needId);
	}

	// ------------------------------------------------------------------ getters

	public Long getId() {
		return id;
	}

	public long getPosterOrganisationId() {
		return posterOrganisationId;
	}

	public String getPosterName() {
		return posterName;
	}

	public OrganisationType getPosterType() {
		return posterType;
	}

	public String getPostedBy() {
		return postedBy;
	}

	public Long getNeedId() {
		return needId;
	}

	public ChallengeStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getProblem() {
		return problem;
	}

	public String getTargets() {
		return targets;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public String getIndustrySection() {
		return industrySection;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public boolean isBountyNegotiable() {
		return bountyNegotiable;
	}

	public BigDecimal getBountyAmount() {
		return bountyAmount;
	}

	public Set<OrganisationType> getEligibleTypes() {
		return eligibleTypes;
	}

	public String getEligibleRegionCode() {
		return eligibleRegionCode;
	}

	public boolean isJointTeamsAllowed() {
		return jointTeamsAllowed;
	}

	public String getEligibilityNotes() {
		return eligibilityNotes;
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public ReviewMethod getReviewMethod() {
		return reviewMethod;
	}

	public boolean isAnonymousReview() {
		return anonymousReview;
	}

	public List<ScoringCriterion> getCriteria() {
		return criteria;
	}

	public Integer getWinnersMax() {
		return winnersMax;
	}

	public boolean isPostSubsidy() {
		return postSubsidy;
	}

	public String getAwardRules() {
		return awardRules;
	}

	public String getReviewNote() {
		return reviewNote;
	}

	public String getAwardReason() {
		return awardReason;
	}

	public Boolean getAwardFollowedRanking() {
		return awardFollowedRanking;
	}

	public String getAwardedBy() {
		return awardedBy;
	}

	public String getAcceptanceReport() {
		return acceptanceReport;
	}

	public String getAcceptedBy() {
		return acceptedBy;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getPostedAt() {
		return postedAt;
	}

	public Instant getApplyingAt() {
		return applyingAt;
	}

	public Instant getReviewingAt() {
		return reviewingAt;
	}

	public Instant getAwardedAt() {
		return awardedAt;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public int getLockVersion() {
		return lockVersion;
	}
}
