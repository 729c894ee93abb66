package org.opentechmarket.subscription.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.platform.DomainException;

/**
 * A saved search or a followed need of one user. A search holds the text and filters of a catalogue search in the fields of
 * a {@link NeedQuery}; a need subscription holds only the need's id (the need's current text is matched).
 */
@Entity
@Table(name = "subscriptions")
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriptions_seq")
	@SequenceGenerator(name = "subscriptions_seq", sequenceName = "subscriptions_seq", allocationSize = 50)
	private Long id;
	private long userId;
	private long organisationId;
	@Enumerated(EnumType.STRING)
	private SubscriptionKind kind;
	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;
	private String name;
	private String queryText;
	private String industryCode;
	private String disciplineCode;
	private String regionCode;
	private Integer minTrl;
	/** 万元, the unit of asking prices */
	private BigDecimal budgetMax;
	private Long needId;
	private boolean byDefault;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private int lockVersion;

	protected Subscription() {
	}

	private Subscription(long userId, long organisationId, SubscriptionKind kind, String name, Clock clock) {
		this.userId = userId;
		this.organisationId = organisationId;
		this.kind = kind;
		this.status = SubscriptionStatus.ACTIVE;
		this.name = name;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	static Subscription search(long userId, long organisationId, String name, SearchCriteria c, Clock clock) {
		Subscription s = new Subscription(userId, organisationId, SubscriptionKind.SEARCH, name, clock);
		s.queryText = c.text();
		s.industryCode = c.industryCode();
		s.disciplineCode = c.disciplineCode();
		s.regionCode = c.regionCode();
		s.minTrl = c.minTrl();
		s.budgetMax = c.budgetMax();
		return s;
	}

	static Subscription need(long userId, long organisationId, long needId, String title, boolean byDefault, Clock clock) {
		Subscription s = new Subscription(userId, organisationId, SubscriptionKind.NEED, title, clock);
		s.needId = needId;
		s.byDefault = byDefault;
		return s;
	}

	void pause(Clock clock) {
		move(SubscriptionStatus.PAUSED, clock);
	}

	void resume(Clock clock) {
		move(SubscriptionStatus.ACTIVE, clock);
	}

	void end(Clock clock) {
		move(SubscriptionStatus.ENDED, clock);
	}

	private void move(SubscriptionStatus next, Clock clock) {
		if (status == next) {
			return;
		}
		if (!status.canBecome(next)) {
			throw DomainException.conflict("subscription.transition.notAllowed", status.name(), next.name());
		}
		status = next;
		updatedAt = clock.instant();
	}

	/** The saved search's criteria (null for a need subscription). */
	public SearchCriteria criteria() {
		return kind == SubscriptionKind.SEARCH
				? new SearchCriteria(queryText, industryCode, disciplineCode, regionCode, minTrl, budgetMax)
				: null;
	}

	/** The saved search as the matcher sees it: its text is the need's title (the most weighted part). */
	public NeedQuery searchQuery() {
		return new NeedQuery(queryText, null, List.of(), industryCode, disciplineCode, regionCode, minTrl, null, budgetMax,
				null);
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public SubscriptionKind getKind() {
		return kind;
	}

	public SubscriptionStatus getStatus() {
		return status;
	}

	public String getName() {
		return name;
	}

	public String getQueryText() {
		return queryText;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public Integer getMinTrl() {
		return minTrl;
	}

	public BigDecimal getBudgetMax() {
		return budgetMax;
	}

	public Long getNeedId() {
		return needId;
	}

	public boolean isByDefault() {
		return byDefault;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
