package org.opentechmarket.demand.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.NeedStatus;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.platform.DomainException;

/**
 * A technology need (技术需求). The public text (title, problem, current state, targets, keywords) is indexed for the
 * catalogue with the platform's analyzers ({@code chinese} words, {@code cjk_bigram} character bigrams); the contact is never
 * indexed and leaves this object only through {@link NeedService#contactFor}.
 */
@Entity
@Table(name = "needs")
@Indexed(index = "need")
public class Need {

	/** Who posted a need on an enterprise's behalf (null: a member of the enterprise itself). */
	public enum OnBehalf {
		ADMIN, BROKER, IMPORT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "needs_seq")
	@SequenceGenerator(name = "needs_seq", sequenceName = "needs_seq", allocationSize = 50)
	private Long id;

	private String externalId;

	@GenericField
	private long ownerOrganisationId;
	@FullTextField(analyzer = "chinese")
	@KeywordField(name = "owner", aggregable = Aggregable.YES)
	private String ownerName;
	private String postedBy;
	@Enumerated(EnumType.STRING)
	private OnBehalf postedOnBehalf;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	private NeedStatus status;

	@FullTextField(analyzer = "chinese", projectable = Projectable.YES, highlightable = { Highlightable.PLAIN })
	@FullTextField(name = "title_bigram", analyzer = "cjk_bigram")
	private String title;
	@FullTextField(name = "description", analyzer = "chinese")
	@FullTextField(name = "description_bigram", analyzer = "cjk_bigram", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN })
	private String description;
	@FullTextField(name = "details_bigram", analyzer = "cjk_bigram")
	private String currentState;
	@FullTextField(name = "targets_bigram", analyzer = "cjk_bigram")
	private String targets;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "need_keywords", joinColumns = @JoinColumn(name = "need_id"))
	@OrderColumn(name = "position")
	@Column(name = "keyword")
	@FullTextField(name = "keywords", analyzer = "chinese")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<String> keywords = new ArrayList<>();

	@KeywordField
	private String industryCode;
	@KeywordField(aggregable = Aggregable.YES)
	private String industrySection;
	@KeywordField
	private String disciplineCode;
	@KeywordField
	private String regionCode;
	@KeywordField(aggregable = Aggregable.YES)
	private String provinceCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "need_cooperations", joinColumns = @JoinColumn(name = "need_id"))
	@Column(name = "cooperation")
	@Enumerated(EnumType.STRING)
	@KeywordField(name = "cooperation", aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Cooperation> cooperation = new LinkedHashSet<>();

	private boolean budgetNegotiable;
	private BigDecimal budgetMin;
	private BigDecimal budgetMax;
	@GenericField(name = "trl", aggregable = Aggregable.YES)
	private Integer minTrl;
	@GenericField
	private LocalDate deadline;

	private String contactName;
	private String contactPhone;
	private String contactEmail;

	private String reviewNote;
	private Instant createdAt;
	private Instant updatedAt;
	private Instant submittedAt;
	@GenericField(sortable = Sortable.YES)
	private Instant openedAt;
	private Instant closedAt;

	@Version
	private int lockVersion;

	protected Need() {
	}

	public Need(long ownerOrganisationId, String ownerName, String postedBy, OnBehalf onBehalf, Clock clock) {
		this.ownerOrganisationId = ownerOrganisationId;
		this.ownerName = ownerName;
		this.postedBy = postedBy;
		this.postedOnBehalf = onBehalf;
		this.status = NeedStatus.DRAFT;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	// ------------------------------------------------------------------ behaviour

	/** Replaces the content; only while the poster may edit (draft or returned), or by an import. */
	public void edit(NeedContent c, String industrySection, String provinceCode, Clock clock) {
		if (!status.isEditable()) {
			throw DomainException.conflict("need.notEditable", status.name());
		}
		apply(c, industrySection, provinceCode, clock);
	}

	void apply(NeedContent c, String industrySection, String provinceCode, Clock clock) {
		this.title = c.title();
		this.description = c.description();
		this.currentState = c.currentState();
		this.targets = c.targets();
		this.industryCode = c.industryCode();
		this.industrySection = industrySection;
		this.disciplineCode = c.disciplineCode();
		this.regionCode = c.regionCode();
		this.provinceCode = provinceCode;
		this.cooperation.clear();
		this.cooperation.addAll(c.cooperation());
		this.budgetNegotiable = c.budgetNegotiable();
		this.budgetMin = c.budgetNegotiable() ? null : c.budgetMin();
		this.budgetMax = c.budgetNegotiable() ? null : c.budgetMax();
		this.minTrl = c.minTrl();
		this.deadline = c.deadline();
		this.contactName = c.contactName();
		this.contactPhone = c.contactPhone();
		this.contactEmail = c.contactEmail();
		this.keywords.clear();
		this.keywords.addAll(c.keywords());
		this.updatedAt = clock.instant();
	}

	public void submit(Clock clock) {
		move(NeedStatus.SUBMITTED, clock);
		this.submittedAt = clock.instant();
		this.reviewNote = null;
	}

	/** Light review passed: the need is public. */
	public void approve(Clock clock) {
		if (deadlinePassed(clock)) {
			throw DomainException.conflict("need.deadline.passed");
		}
		move(NeedStatus.OPEN, clock);
		this.openedAt = clock.instant();
	}

	public void returnForChanges(String reasons, Clock clock) {
		move(NeedStatus.RETURNED, clock);
		this.reviewNote = reasons;
	}

	/** An accepted request to talk: the need is in talks (it stays so when another request is accepted). */
	public void talksAccepted(Clock clock) {
		if (status == NeedStatus.IN_TALKS) {
			return;
		}
		move(NeedStatus.IN_TALKS, clock);
	}

	public void solve(Clock clock) {
		move(NeedStatus.SOLVED, clock);
		this.closedAt = clock.instant();
	}

	public void withdraw(Clock clock) {
		move(NeedStatus.WITHDRAWN, clock);
		this.closedAt = clock.instant();
	}

	/** @return true when the need expired now; false when it is not due (or already closed). */
	public boolean expireIfDue(Clock clock) {
		if (!status.canBecome(NeedStatus.EXPIRED) || !deadlinePassed(clock)) {
			return false;
		}
		move(NeedStatus.EXPIRED, clock);
		this.closedAt = clock.instant();
		return true;
	}

	/** The deadline is a whole day: the need expires when that day is over in the platform's time zone. */
	public boolean deadlinePassed(Clock clock) {
		return deadline != null && LocalDate.now(clock).isAfter(deadline);
	}

	/** An import sets the state a listing had on its market (open, or expired when its validity is over). */
	void imported(String externalId, NeedStatus state, Instant openedAt, Clock clock) {
		this.externalId = externalId;
		this.status = state;
		this.openedAt = openedAt;
		this.submittedAt = openedAt;
		this.closedAt = state == NeedStatus.EXPIRED ? clock.instant() : null;
		this.updatedAt = clock.instant();
	}

	private void move(NeedStatus next, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("need.transition.notAllowed", status.name(), next.name());
		}
		this.status = next;
		this.updatedAt = clock.instant();
	}

	// ------------------------------------------------------------------ derived (index)

	@KeywordField(name = "budgetBand", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "budgetNegotiable")),
			@ObjectPath(@PropertyValue(propertyName = "budgetMin")), @ObjectPath(@PropertyValue(propertyName = "budgetMax")) })
	public String getBudgetBand() {
		return BudgetBand.of(budgetNegotiable, budgetMin, budgetMax).name();
	}

	public NeedSummary summary() {
		return new NeedSummary(id, ownerOrganisationId, ownerName, status, title, description, targets, List.copyOf(keywords),
				industryCode, disciplineCode, regionCode,
				cooperation.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cooperation)), budgetNegotiable, budgetMin,
				budgetMax, minTrl, deadline);
	}

	// ------------------------------------------------------------------ getters

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getPostedBy() {
		return postedBy;
	}

	public OnBehalf getPostedOnBehalf() {
		return postedOnBehalf;
	}

	public NeedStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getCurrentState() {
		return currentState;
	}

	public String getTargets() {
		return targets;
	}

	public List<String> getKeywords() {
		return keywords;
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

	public String getProvinceCode() {
		return provinceCode;
	}

	public Set<Cooperation> getCooperation() {
		return cooperation;
	}

	public boolean isBudgetNegotiable() {
		return budgetNegotiable;
	}

	public BigDecimal getBudgetMin() {
		return budgetMin;
	}

	public BigDecimal getBudgetMax() {
		return budgetMax;
	}

	public Integer getMinTrl() {
		return minTrl;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	/** Package-private: the contact leaves the domain only through the service's reveal rules. */
	String contactName() {
		return contactName;
	}

	String contactPhone() {
		return contactPhone;
	}

	String contactEmail() {
		return contactEmail;
	}

	public String getReviewNote() {
		return reviewNote;
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

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public int getLockVersion() {
		return lockVersion;
	}
}
