package org.opentechmarket.challenge.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.opentechmarket.challenge.domain.ChallengeContent;
import org.opentechmarket.challenge.domain.ChallengeProperties;
import org.opentechmarket.challenge.domain.ReviewMethod;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.people.OrganisationType;
import org.springframework.format.annotation.DateTimeFormat;

/** The challenge form of the pages and the body of the API's create and update. Money in yuan; dates ISO. */
public class ChallengeForm {

	/** Rows the page offers for criteria; empty rows are ignored. */
	static final int CRITERIA_ROWS = 5;

	private String title;
	private String problem;
	private String targets;
	private String industryCode;
	private String disciplineCode;
	private String regionCode;
	private boolean bountyNegotiable;
	private BigDecimal bountyAmount;
	private List<OrganisationType> eligibleTypes = new ArrayList<>();
	private String eligibleRegionCode;
	private boolean jointTeamsAllowed = true;
	private String eligibilityNotes;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;
	private ReviewMethod reviewMethod;
	private boolean anonymousReview = true;
	private List<CriterionRow> criteria = new ArrayList<>();
	private Integer winnersMax;
	private boolean postSubsidy;
	private String awardRules;
	/** The poster's need the challenge is made from (new challenges only). */
	private Long needId;

	public static class CriterionRow {

		private String name;
		private BigDecimal weight;

		public CriterionRow() {
		}

		CriterionRow(String name, BigDecimal weight) {
			this.name = name;
			this.weight = weight;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getWeight() {
			return weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && weight == null;
		}
	}

	/** A new form: universities and institutes eligible, mixed teams allowed, anonymous review, the default criteria. */
	static ChallengeForm blank(ChallengeProperties properties) {
		ChallengeForm f = new ChallengeForm();
		f.eligibleTypes = new ArrayList<>(List.of(OrganisationType.UNIVERSITY, OrganisationType.INSTITUTE));
		f.reviewMethod = ReviewMethod.DESK;
		f.winnersMax = 1;
		properties.criteria().forEach(c -> f.criteria.add(new CriterionRow(c.name(), c.weight())));
		return f;
	}

	/** A new form starting from a need: its title, problem, targets, codes and budget. */
	static ChallengeForm fromNeed(ChallengeProperties properties, NeedSummary need) {
		ChallengeForm f = blank(properties);
		f.needId = need.id();
		f.title = need.title();
		f.problem = need.description();
		f.targets = need.targets();
		f.industryCode = need.industryCode();
		f.disciplineCode = need.disciplineCode();
		f.regionCode = need.regionCode();
		f.bountyNegotiable = need.budgetNegotiable() || need.budgetMax() == null;
		f.bountyAmount = f.bountyNegotiable ? null : need.budgetMax();
		return f;
	}

	static ChallengeForm of(ChallengeContent c) {
		ChallengeForm f = new ChallengeForm();
		f.title = c.title();
		f.problem = c.problem();
		f.targets = c.targets();
		f.industryCode = c.industryCode();
		f.disciplineCode = c.disciplineCode();
		f.regionCode = c.regionCode();
		f.bountyNegotiable = c.bountyNegotiable();
		f.bountyAmount = c.bountyAmount();
		f.eligibleTypes = new ArrayList<>(c.eligibleTypes());
		f.eligibleRegionCode = c.eligibleRegionCode();
		f.jointTeamsAllowed = c.jointTeamsAllowed();
		f.eligibilityNotes = c.eligibilityNotes();
		f.opensOn = c.opensOn();
		f.closesOn = c.closesOn();
		f.reviewMethod = c.reviewMethod();
		f.anonymousReview = c.anonymousReview();
		c.criteria().forEach(x -> f.criteria.add(new CriterionRow(x.name(), x.weight())));
		f.winnersMax = c.winnersMax();
		f.postSubsidy = c.postSubsidy();
		f.awardRules = c.awardRules();
		return f;
	}

	/** Pads the criteria with empty rows up to the page's row count. */
	ChallengeForm withEmptyRows() {
		while (criteria.size() < CRITERIA_ROWS) {
			criteria.add(new CriterionRow());
		}
		return this;
	}

	public ChallengeContent toContent() {
		List<ChallengeContent.Criterion> rows = new ArrayList<>();
		if (criteria != null) {
			for (CriterionRow r : criteria) {
				if (r != null && !r.isBlank()) {
					rows.add(new ChallengeContent.Criterion(r.name == null ? null : r.name.strip(), r.weight));
				}
			}
		}
		return new ChallengeContent(trim(title), trim(problem), trim(targets), trim(industryCode), trim(disciplineCode),
				trim(regionCode), bountyNegotiable, bountyNegotiable ? null : bountyAmount,
				eligibleTypes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(eligibleTypes), trim(eligibleRegionCode),
				jointTeamsAllowed, trim(eligibilityNotes), opensOn, closesOn, reviewMethod, anonymousReview, rows, winnersMax,
				postSubsidy, trim(awardRules));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProblem() {
		return problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public String getTargets() {
		return targets;
	}

	public void setTargets(String targets) {
		this.targets = targets;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public void setDisciplineCode(String disciplineCode) {
		this.disciplineCode = disciplineCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public boolean isBountyNegotiable() {
		return bountyNegotiable;
	}

	public void setBountyNegotiable(boolean bountyNegotiable) {
		this.bountyNegotiable = bountyNegotiable;
	}

	public BigDecimal getBountyAmount() {
		return bountyAmount;
	}

	public void setBountyAmount(BigDecimal bountyAmount) {
		this.bountyAmount = bountyAmount;
	}

	public List<OrganisationType> getEligibleTypes() {
		return eligibleTypes;
	}

	public void setEligibleTypes(List<OrganisationType> eligibleTypes) {
		this.eligibleTypes = eligibleTypes;
	}

	public String getEligibleRegionCode() {
		return eligibleRegionCode;
	}

	public void setEligibleRegionCode(String eligibleRegionCode) {
		this.eligibleRegionCode = eligibleRegionCode;
	}

	public boolean isJointTeamsAllowed() {
		return jointTeamsAllowed;
	}

	public void setJointTeamsAllowed(boolean jointTeamsAllowed) {
		this.jointTeamsAllowed = jointTeamsAllowed;
	}

	public String getEligibilityNotes() {
		return eligibilityNotes;
	}

	public void setEligibilityNotes(String eligibilityNotes) {
		this.eligibilityNotes = eligibilityNotes;
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public ReviewMethod getReviewMethod() {
		return reviewMethod;
	}

	public void setReviewMethod(ReviewMethod reviewMethod) {
		this.reviewMethod = reviewMethod;
	}

	public boolean isAnonymousReview() {
		return anonymousReview;
	}

	public void setAnonymousReview(boolean anonymousReview) {
		this.anonymousReview = anonymousReview;
	}

	public List<CriterionRow> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<CriterionRow> criteria) {
		this.criteria = criteria;
	}

	public Integer getWinnersMax() {
		return winnersMax;
	}

	public void setWinnersMax(Integer winnersMax) {
		this.winnersMax = winnersMax;
	}

	public boolean isPostSubsidy() {
		return postSubsidy;
	}

	public void setPostSubsidy(boolean postSubsidy) {
		this.postSubsidy = postSubsidy;
	}

	public String getAwardRules() {
		return awardRules;
	}

	public void setAwardRules(String awardRules) {
		this.awardRules = awardRules;
	}

	public Long getNeedId() {
		return needId;
	}

	public void setNeedId(Long needId) {
		this.needId = needId;
	}
}
