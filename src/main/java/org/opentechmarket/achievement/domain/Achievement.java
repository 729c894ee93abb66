package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.domain.Codes.AchievementLevel;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvaluationRoute;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.InnovationAttribute;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.PriceBand;
import org.opentechmarket.achievement.domain.Codes.Stage;
import org.opentechmarket.platform.DomainException;

/**
 * A research result registered on the platform (科技成果). One row is one version: editing a published achievement starts a
 * revision (a new row in the same lineage) that goes through review and, when published, supersedes the version before it.
 * Indexed for the catalogue; the analyzers are named, not configured, here ({@code chinese}, {@code cjk_bigram}).
 */
@Entity
@Table(name = "achievements")
@Indexed(index = "achievement")
public class Achievement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "achievements_seq")
	@SequenceGenerator(name = "achievements_seq", sequenceName = "achievements_seq", allocationSize = 100)
	private Long id;

	private String lineage;
	private int versionNumber = 1;
	private Long revisionOf;

	@GenericField
	private long holderOrganisationId;
	@FullTextField(analyzer = "chinese")
	@KeywordField(name = "holder", aggregable = Aggregable.YES)
	private String holderName;
	private String createdBy;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private AchievementStatus status;
	@KeywordField(name = "registrationNumber")
	private String registrationNumber;
	private String externalId;

	@FullTextField(analyzer = "chinese", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN })
	@FullTextField(name = "title_bigram", analyzer = "cjk_bigram")
	private String title;
	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	private AchievementCategory category;
	// bigrams only: the abstract is most of the text, the word segmenter costs ten times more per character than bigrams, and
	// for abstracts the bigrams alone find what both find (docs/benchmarks.md)
	@FullTextField(name = "abstract_bigram", analyzer = "cjk_bigram", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN })
	@Column(name = "abstract_text")
	private String abstractText;

	@ElementCollection
	@CollectionTable(name = "achievement_keywords", joinColumns = @JoinColumn(name = "achievement_id"))
	@OrderColumn(name = "position")
	@Column(name = "keyword")
	@FullTextField(name = "keywords", analyzer = "chinese")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<String> keywords = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "achievement_organisations", joinColumns = @JoinColumn(name = "achievement_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> completingOrganisations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "achievement_inventors", joinColumns = @JoinColumn(name = "achievement_id"))
	@OrderColumn(name = "position")
	private List<Inventor> inventors = new ArrayList<>();

	private String researchStart;
	private String researchEnd;
	@Enumerated(EnumType.STRING)
	private InnovationAttribute attribute;
	@Enumerated(EnumType.STRING)
	private EvaluationRoute evaluationRoute;
	@Enumerated(EnumType.STRING)
	private AchievementLevel level;
	@Enumerated(EnumType.STRING)
	private Stage stage;

	@KeywordField(aggregable = Aggregable.YES)
	private String disciplineCode;
	@KeywordField(aggregable = Aggregable.YES)
	private String disciplineRoot;
	@KeywordField(aggregable = Aggregable.YES)
	private String industryCode;
	@KeywordField(aggregable = Aggregable.YES)
	private String industrySection;
	@KeywordField(aggregable = Aggregable.YES)
	private String regionCode;
	@KeywordField(aggregable = Aggregable.YES)
	private String provinceCode;

	@Enumerated(EnumType.STRING)
	private FundingSource fundingSource;
	private String projectNumber;
	private LocalDate acceptanceDate;

	@GenericField(aggregable = Aggregable.YES)
	private Integer trl;

	@ElementCollection
	@CollectionTable(name = "achievement_ip_rights", joinColumns = @JoinColumn(name = "achievement_id"))
	@OrderColumn(name = "position")
	private List<IpRight> ipRights = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "achievement_conversion_methods", joinColumns = @JoinColumn(name = "achievement_id"))
	@Column(name = "method")
	@Enumerated(EnumType.STRING)
	private Set<ConversionMethod> conversionMethods = new LinkedHashSet<>();

	private boolean priceNegotiable;
	private BigDecimal priceMin;
	private BigDecimal priceMax;
	@FullTextField(analyzer = "chinese")
	private String applicationFields;
	private String cooperationRequirements;
	@FullTextField(analyzer = "chinese")
	private String marketField;

	private Instant createdAt;
	private Instant updatedAt;
	private Instant firstSubmittedAt;
	private Instant submittedAt;
	private Instant noticeStartsAt;
	private Instant noticeEndsAt;
	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;
	private Instant convertedAt;
	private String conversionNote;

	@ElementCollection
	@CollectionTable(name = "achievement_workflow", joinColumns = @JoinColumn(name = "achievement_id"))
	@OrderColumn(name = "position")
	private List<WorkflowStep> workflow = new ArrayList<>();

	@Version
	private int lockVersion;

	protected Achievement() {
	}

	private Achievement(long holderOrganisationId, String holderName, String createdBy, Clock clock) {
		this.lineage = UUID.randomUUID().toString();
		this.holderOrganisationId = holderOrganisationId;
		this.holderName = holderName;
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
		this.status = AchievementStatus.DRAFT;
	}

	/** A new registration in draft. The content must already have passed {@link AchievementRules#checkDraft}. */
	public static Achievement draft(long holderOrganisationId, String holderName, String createdBy, AchievementContent content,
			DerivedCodes derived, Clock clock) {
		Achievement a = new Achievement(holderOrganisationId, holderName, createdBy, clock);
		a.apply(content, derived);
		a.step(clock, createdBy, null, AchievementStatus.DRAFT, null);
		return a;
	}

	/**
	 * A listing already public elsewhere, imported by an administrator: published at once with its registration number
	 * (domain/achievements.md §Data exchange), keeping the listing's external id for idempotent re-imports.
	 */
	public static Achievement importedListing(long holderOrganisationId, String holderName, String importedBy,
			AchievementContent content, DerivedCodes derived, String externalId, String registrationNumber, Instant publishedAt,
			Clock clock) {
		Achievement a = new Achievement(holderOrganisationId, holderName, importedBy, clock);
		a.apply(content, derived);
		a.externalId = externalId;
		a.registrationNumber = registrationNumber;
		a.status = AchievementStatus.PUBLISHED;
		a.publishedAt = publishedAt;
		a.firstSubmittedAt = publishedAt;
		a.step(clock, importedBy, null, AchievementStatus.PUBLISHED, "import");
		return a;
	}

	/** Codes derived from the content through the code tables (the entity cannot see the tables itself). */
	public record DerivedCodes(String disciplineRoot, String industrySection, String provinceCode) {

		public static DerivedCodes of(AchievementContent c, org.opentechmarket.platform.CodeTables codes) {
			String region = c.getRegionCode();
			return new DerivedCodes(codes.disciplines().root(c.getDisciplineCode()), codes.industries().root(c.getIndustryCode()),
					region != null && region.length() == 6 ? region.substring(0, 2) + "0000" : null);
		}
	}

	// ------------------------------------------------------------------ lifecycle

	public void edit(AchievementContent content, DerivedCodes derived, String actor, Clock clock) {
		if (!status.isEditable()) {
			throw DomainException.conflict("achievement.notEditable", status.name());
		}
		apply(content, derived);
		this.updatedAt = clock.instant();
	}

	/** The holder submits for formal review; the caller has checked the full form and the evidence. */
	public void submit(String actor, Clock clock) {
		move(AchievementStatus.SUBMITTED, actor, null, clock);
		this.submittedAt = clock.instant();
		if (firstSubmittedAt == null) {
			this.firstSubmittedAt = submittedAt;
		}
	}

	public void returnForChanges(String reason, String actor, Clock clock) {
		requireReason(reason);
		move(AchievementStatus.RETURNED, actor, reason, clock);
	}

	public void reject(String reason, String actor, Clock clock) {
		requireReason(reason);
		move(AchievementStatus.REJECTED, actor, reason, clock);
	}

	/** Formal review passed: the registration number is given and the public notice starts. */
	public void approve(String number, int noticeDays, String actor, Clock clock) {
		if (isRevision()) {
			throw DomainException.conflict("achievement.revision.useApproveRevision");
		}
		move(AchievementStatus.IN_NOTICE, actor, null, clock);
		this.registrationNumber = number;
		this.noticeStartsAt = clock.instant();
		this.noticeEndsAt = noticeStartsAt.plus(Duration.ofDays(noticeDays));
	}

	/** The notice period is over and no objection is open: the achievement enters the public catalogue. */
	public void publish(boolean openObjections, Clock clock) {
		if (status != AchievementStatus.IN_NOTICE) {
			throw DomainException.conflict("achievement.transition.notAllowed", status.name(), AchievementStatus.PUBLISHED.name());
		}
		if (clock.instant().isBefore(noticeEndsAt)) {
			throw DomainException.conflict("achievement.notice.notOver", noticeEndsAt);
		}
		if (openObjections) {
			throw DomainException.conflict("achievement.notice.objectionOpen");
		}
		move(AchievementStatus.PUBLISHED, "system", null, clock);
		this.publishedAt = clock.instant();
	}

	public boolean noticeOver(Clock clock) {
		return status == AchievementStatus.IN_NOTICE && !clock.instant().isBefore(noticeEndsAt);
	}

	/** An upheld objection sends the registration back to the holder with the objection's finding. */
	public void objectionUpheld(String finding, String actor, Clock clock) {
		requireReason(finding);
		move(AchievementStatus.RETURNED, actor, finding, clock);
		this.noticeStartsAt = null;
		this.noticeEndsAt = null;
	}

	public void withdraw(String actor, String reason, Clock clock) {
		move(AchievementStatus.WITHDRAWN, actor, reason, clock);
	}

	/** Converted: a deal or contract for it is registered, or the holder declares it with evidence. */
	public void markConverted(String note, String actor, Clock clock) {
		requireReason(note);
		move(AchievementStatus.CONVERTED, actor, note, clock);
		this.convertedAt = clock.instant();
		this.conversionNote = note;
	}

	/** Starts a revision of this published version; the revision is a draft in the same lineage. */
	public Achievement startRevision(String actor, AchievementContent content, DerivedCodes derived, Clock clock) {
		if (!status.isPublic()) {
			throw DomainException.conflict("achievement.revision.onlyPublished");
		}
		Achievement revision = new Achievement(holderOrganisationId, holderName, actor, clock);
		revision.lineage = lineage;
		revision.revisionOf = id;
		revision.versionNumber = versionNumber + 1;
		revision.apply(content, derived);
		revision.step(clock, actor, null, AchievementStatus.DRAFT, "revision of v" + versionNumber);
		return revision;
	}

	/** Publishes an approved revision; {@code previous} is superseded and hands over its registration number. */
	public void publishRevision(Achievement previous, String actor, Clock clock) {
		if (!isRevision() || !previous.id.equals(revisionOf)) {
			throw DomainException.conflict("achievement.revision.mismatch");
		}
		// check both moves before making either, so a refused publication leaves the public version alone
		if (!status.canBecome(AchievementStatus.PUBLISHED) || !previous.status.canBecome(AchievementStatus.SUPERSEDED)) {
			throw DomainException.conflict("achievement.transition.notAllowed", status.name(), AchievementStatus.PUBLISHED.name());
		}
		AchievementStatus carried = previous.status;
		previous.move(AchievementStatus.SUPERSEDED, actor, "superseded by v" + versionNumber, clock);
		move(AchievementStatus.PUBLISHED, actor, null, clock);
		this.registrationNumber = previous.registrationNumber;
		this.publishedAt = clock.instant();
		this.firstSubmittedAt = previous.firstSubmittedAt;
		if (carried == AchievementStatus.CONVERTED) {
			// a converted achievement stays converted across revisions
			this.status = AchievementStatus.CONVERTED;
			this.convertedAt = previous.convertedAt;
			this.conversionNote = previous.conversionNote;
		}
	}

	/** An import of a listing that exists already replaces its content in place (idempotent by external id). */
	public void replaceImportedContent(AchievementContent content, DerivedCodes derived, Clock clock) {
		if (externalId == null) {
			throw DomainException.conflict("achievement.notImported");
		}
		apply(content, derived);
		this.updatedAt = clock.instant();
	}

	private void move(AchievementStatus next, String actor, String reason, Clock clock) {
		if (!status.canBecome(next)) {
			throw DomainException.conflict("achievement.transition.notAllowed", status.name(), next.name());
		}
		AchievementStatus from = status;
		this.status = next;
		this.updatedAt = clock.instant();
		step(clock, actor, from, next, reason);
	}

	private void step(Clock clock, String actor, AchievementStatus from, AchievementStatus to, String reason) {
		workflow.add(new WorkflowStep(clock.instant(), actor, from, to, reason));
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid(List.of(org.opentechmarket.platform.FieldViolation.of("reason", "validation.required")));
		}
	}

	private void apply(AchievementContent c, DerivedCodes derived) {
		this.title = c.getTitle();
		this.category = c.getCategory();
		this.keywords = new ArrayList<>(c.getKeywords());
		this.abstractText = c.getAbstractText();
		this.completingOrganisations = new ArrayList<>(c.getCompletingOrganisations());
		this.inventors = new ArrayList<>(c.getInventors().stream()
			.map(i -> new Inventor(i.getName(), i.getOrganisation(), i.getRole(), i.getShare()))
			.toList());
		this.researchStart = c.getResearchStart();
		this.researchEnd = c.getResearchEnd();
		this.attribute = c.getAttribute();
		this.evaluationRoute = c.getEvaluationRoute();
		this.level = c.getLevel();
		this.stage = c.getStage();
		this.disciplineCode = c.getDisciplineCode();
		this.industryCode = c.getIndustryCode();
		this.regionCode = c.getRegionCode();
		this.disciplineRoot = derived.disciplineRoot();
		this.industrySection = derived.industrySection();
		this.provinceCode = derived.provinceCode();
		this.fundingSource = c.getFundingSource();
		this.projectNumber = c.getProjectNumber();
		this.acceptanceDate = c.getAcceptanceDate();
		this.trl = c.getTrl();
		this.ipRights = new ArrayList<>(c.getIpRights().stream()
			.map(i -> new IpRight(i.getType(), i.getNumber(), i.getGrantDate(), i.getStatus()))
			.toList());
		this.conversionMethods = new LinkedHashSet<>(c.getConversionMethods());
		this.priceNegotiable = c.isPriceNegotiable() || c.getPriceMin() == null;
		this.priceMin = this.priceNegotiable ? null : c.getPriceMin();
		this.priceMax = this.priceNegotiable ? null : c.getPriceMax();
		this.applicationFields = c.getApplicationFields();
		this.cooperationRequirements = c.getCooperationRequirements();
		this.marketField = c.getMarketField();
	}

	/** The content as a form, e.g. to edit a draft or start a revision. */
	public AchievementContent content() {
		AchievementContent c = new AchievementContent();
		c.setTitle(title);
		c.setCategory(category);
		c.setKeywords(new ArrayList<>(keywords));
		c.setAbstractText(abstractText);
		c.setCompletingOrganisations(new ArrayList<>(completingOrganisations));
		c.setInventors(new ArrayList<>(inventors.stream()
			.map(i -> new AchievementContent.InventorLine(i.getName(), i.getOrganisation(), i.getRole(), i.getShare()))
			.toList()));
		c.setResearchStart(researchStart);
		c.setResearchEnd(researchEnd);
		c.setAttribute(attribute);
		c.setEvaluationRoute(evaluationRoute);
		c.setLevel(level);
		c.setStage(stage);
		c.setDisciplineCode(disciplineCode);
		c.setIndustryCode(industryCode);
		c.setRegionCode(regionCode);
		c.setFundingSource(fundingSource);
		c.setProjectNumber(projectNumber);
		c.setAcceptanceDate(acceptanceDate);
		c.setTrl(trl);
		c.setIpRights(new ArrayList<>(ipRights.stream()
			.map(i -> new AchievementContent.IpLine(i.getType(), i.getNumber(), i.getGrantDate(), i.getStatus()))
			.toList()));
		c.setConversionMethods(conversionMethods.isEmpty() ? EnumSet.noneOf(ConversionMethod.class)
				: EnumSet.copyOf(conversionMethods));
		c.setPriceNegotiable(priceNegotiable);
		c.setPriceMin(priceMin);
		c.setPriceMax(priceMax);
		c.setApplicationFields(applicationFields);
		c.setCooperationRequirements(cooperationRequirements);
		c.setMarketField(marketField);
		return c;
	}

	/** What the matching module indexes. */
	public org.opentechmarket.achievement.AchievementProfile profile() {
		return new org.opentechmarket.achievement.AchievementProfile(id, revisionOf, title, abstractText, keywords,
				applicationFields, marketField, industryCode, disciplineCode, regionCode, trl, priceNegotiable, priceMin,
				priceMax, publishedAt);
	}

	public AchievementSummary summary() {
		return new AchievementSummary(id, title, registrationNumber, category, holderOrganisationId, holderName, status);
	}

	public boolean isRevision() {
		return revisionOf != null;
	}

	public boolean claimsIp() {
		return ipRights.stream().anyMatch(ip -> ip.getType() != IpType.TECHNICAL_SECRET && ip.getType() != IpType.OTHER);
	}

	/** Who may see a non-public version: its holder's members and administrators. */
	public boolean heldBy(long organisationId) {
		return holderOrganisationId == organisationId;
	}

	// ------------------------------------------------------------------ derived index fields

	@KeywordField(name = "ipTypes", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "ipRights")))
	public List<String> getIpTypes() {
		return ipRights.stream().map(ip -> ip.getType() == null ? null : ip.getType().name()).distinct().toList();
	}

	@KeywordField(name = "priceBand", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "priceNegotiable")),
			@ObjectPath(@PropertyValue(propertyName = "priceMin")) })
	public String getPriceBand() {
		return PriceBand.of(priceNegotiable, priceMin).name();
	}

	// ------------------------------------------------------------------ getters

	public Long getId() {
		return id;
	}

	public String getLineage() {
		return lineage;
	}

	public int getVersionNumber() {
		return versionNumber;
	}

	public Long getRevisionOf() {
		return revisionOf;
	}

	public long getHolderOrganisationId() {
		return holderOrganisationId;
	}

	public String getHolderName() {
		return holderName;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public AchievementStatus getStatus() {
		return status;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public String getExternalId() {
		return externalId;
	}

	public String getTitle() {
		return title;
	}

	public AchievementCategory getCategory() {
		return category;
	}

	public String getAbstractText() {
		return abstractText;
	}

	public List<String> getKeywords() {
		return keywords;
	}

	public List<String> getCompletingOrganisations() {
		return completingOrganisations;
	}

	public List<Inventor> getInventors() {
		return inventors;
	}

	public String getResearchStart() {
		return researchStart;
	}

	public String getResearchEnd() {
		return researchEnd;
	}

	public InnovationAttribute getAttribute() {
		return attribute;
	}

	public EvaluationRoute getEvaluationRoute() {
		return evaluationRoute;
	}

	public AchievementLevel getLevel() {
		return level;
	}

	public Stage getStage() {
		return stage;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public String getDisciplineRoot() {
		return disciplineRoot;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public String getIndustrySection() {
		return industrySection;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public String getProjectNumber() {
		return projectNumber;
	}

	public LocalDate getAcceptanceDate() {
		return acceptanceDate;
	}

	public Integer getTrl() {
		return trl;
	}

	public List<IpRight> getIpRights() {
		return ipRights;
	}

	public Set<ConversionMethod> getConversionMethods() {
		return conversionMethods;
	}

	public boolean isPriceNegotiable() {
		return priceNegotiable;
	}

	public BigDecimal getPriceMin() {
		return priceMin;
	}

	public BigDecimal getPriceMax() {
		return priceMax;
	}

	public String getApplicationFields() {
		return applicationFields;
	}

	public String getCooperationRequirements() {
		return cooperationRequirements;
	}

	public String getMarketField() {
		return marketField;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getFirstSubmittedAt() {
		return firstSubmittedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getNoticeStartsAt() {
		return noticeStartsAt;
	}

	public Instant getNoticeEndsAt() {
		return noticeEndsAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getConvertedAt() {
		return convertedAt;
	}

	public String getConversionNote() {
		return conversionNote;
	}

	public List<WorkflowStep> getWorkflow() {
		return workflow;
	}
}
