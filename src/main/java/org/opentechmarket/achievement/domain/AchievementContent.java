package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Codes.AchievementLevel;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvaluationRoute;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.InnovationAttribute;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;

/**
 * The registration form's content (科技成果登记表): what a holder fills in, what the API accepts and what imports carry.
 * Checked by {@link AchievementRules}; applied to an {@link Achievement} only when valid.
 */
public class AchievementContent {

	private String title;
	private AchievementCategory category;
	private List<String> keywords = new ArrayList<>();
	private String abstractText;
	private List<String> completingOrganisations = new ArrayList<>();
	private List<InventorLine> inventors = new ArrayList<>();
	/** yyyy-MM */
	private String researchStart;
	private String researchEnd;
	private InnovationAttribute attribute;
	private EvaluationRoute evaluationRoute;
	private AchievementLevel level;
	private Stage stage;
	private String disciplineCode;
	private String industryCode;
	private String regionCode;
	private FundingSource fundingSource;
	private String projectNumber;
	private LocalDate acceptanceDate;
	private Integer trl;
	private List<IpLine> ipRights = new ArrayList<>();
	private Set<ConversionMethod> conversionMethods = EnumSet.noneOf(ConversionMethod.class);
	private boolean priceNegotiable;
	/** 万元 */
	private BigDecimal priceMin;
	private BigDecimal priceMax;
	private String applicationFields;
	private String cooperationRequirements;
	/** The market's own field taxonomy when imported from a listing (e.g. 新材料-复合材料). */
	private String marketField;
	/** 涉密: classified results are never registered. */
	private boolean classified;

	/** One inventor row. Share in percent. */
	public static class InventorLine {
		private String name;
		private String organisation;
		private String role;
		private BigDecimal share;

		public InventorLine() {
		}

		public InventorLine(String name, String organisation, String role, BigDecimal share) {
			this.name = name;
			this.organisation = organisation;
			this.role = role;
			this.share = share;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public BigDecimal getShare() {
			return share;
		}

		public void setShare(BigDecimal share) {
			this.share = share;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && (organisation == null || organisation.isBlank()) && share == null;
		}
	}

	/** One IP right row. */
	public static class IpLine {
		private IpType type;
		private String number;
		private LocalDate grantDate;
		private IpStatus status;

		public IpLine() {
		}

		public IpLine(IpType type, String number, LocalDate grantDate, IpStatus status) {
			this.type = type;
			this.number = number;
			this.grantDate = grantDate;
			this.status = status;
		}

		public IpType getType() {
			return type;
		}

		public void setType(IpType type) {
			this.type = type;
		}

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public LocalDate getGrantDate() {
			return grantDate;
		}

		public void setGrantDate(LocalDate grantDate) {
			this.grantDate = grantDate;
		}

		public IpStatus getStatus() {
			return status;
		}

		public void setStatus(IpStatus status) {
			this.status = status;
		}

		boolean isBlank() {
			return type == null && (number == null || number.isBlank());
		}
	}

	/** Drops the empty rows a form leaves behind and trims text. */
	public AchievementContent normalised() {
		title = trim(title);
		abstractText = trim(abstractText);
		keywords = keywords == null ? new ArrayList<>()
				: new ArrayList<>(keywords.stream().map(AchievementContent::trim).filter(k -> k != null && !k.isEmpty())
					.distinct().toList());
		completingOrganisations = completingOrganisations == null ? new ArrayList<>()
				: new ArrayList<>(completingOrganisations.stream().map(AchievementContent::trim)
					.filter(k -> k != null && !k.isEmpty()).toList());
		inventors = inventors == null ? new ArrayList<>()
				: new ArrayList<>(inventors.stream().filter(i -> i != null && !i.isBlank()).toList());
		ipRights = ipRights == null ? new ArrayList<>()
				: new ArrayList<>(ipRights.stream().filter(i -> i != null && !i.isBlank()).toList());
		if (conversionMethods == null) {
			conversionMethods = EnumSet.noneOf(ConversionMethod.class);
		}
		projectNumber = trim(projectNumber);
		disciplineCode = trim(disciplineCode);
		industryCode = trim(industryCode);
		regionCode = trim(regionCode);
		researchStart = trim(researchStart);
		researchEnd = trim(researchEnd);
		applicationFields = trim(applicationFields);
		cooperationRequirements = trim(cooperationRequirements);
		marketField = trim(marketField);
		return this;
	}

	private static String trim(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	/** Keywords typed as one line separated by commas, semicolons, 、 or spaces. */
	public String getKeywordsText() {
		return keywords == null ? "" : String.join("，", keywords);
	}

	public void setKeywordsText(String text) {
		this.keywords = text == null ? new ArrayList<>()
				: new ArrayList<>(List.of(text.split("[,，;；、\\s]+")).stream().filter(s -> !s.isBlank()).toList());
	}

	public String getCompletingOrganisationsText() {
		return completingOrganisations == null ? "" : String.join("\n", completingOrganisations);
	}

	public void setCompletingOrganisationsText(String text) {
		this.completingOrganisations = text == null ? new ArrayList<>()
				: new ArrayList<>(List.of(text.split("\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	// getters and setters

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public AchievementCategory getCategory() {
		return category;
	}

	public void setCategory(AchievementCategory category) {
		this.category = category;
	}

	public List<String> getKeywords() {
		return keywords;
	}

	public void setKeywords(List<String> keywords) {
		this.keywords = keywords;
	}

	public String getAbstractText() {
		return abstractText;
	}

	public void setAbstractText(String abstractText) {
		this.abstractText = abstractText;
	}

	public List<String> getCompletingOrganisations() {
		return completingOrganisations;
	}

	public void setCompletingOrganisations(List<String> completingOrganisations) {
		this.completingOrganisations = completingOrganisations;
	}

	public List<InventorLine> getInventors() {
		return inventors;
	}

	public void setInventors(List<InventorLine> inventors) {
		this.inventors = inventors;
	}

	public String getResearchStart() {
		return researchStart;
	}

	public void setResearchStart(String researchStart) {
		this.researchStart = researchStart;
	}

	public String getResearchEnd() {
		return researchEnd;
	}

	public void setResearchEnd(String researchEnd) {
		this.researchEnd = researchEnd;
	}

	public InnovationAttribute getAttribute() {
		return attribute;
	}

	public void setAttribute(InnovationAttribute attribute) {
		this.attribute = attribute;
	}

	public EvaluationRoute getEvaluationRoute() {
		return evaluationRoute;
	}

	public void setEvaluationRoute(EvaluationRoute evaluationRoute) {
		this.evaluationRoute = evaluationRoute;
	}

	public AchievementLevel getLevel() {
		return level;
	}

	public void setLevel(AchievementLevel level) {
		this.level = level;
	}

	public Stage getStage() {
		return stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public String getDisciplineCode() {
		return disciplineCode;
	}

	public void setDisciplineCode(String disciplineCode) {
		this.disciplineCode = disciplineCode;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public String getProjectNumber() {
		return projectNumber;
	}

	public void setProjectNumber(String projectNumber) {
		this.projectNumber = projectNumber;
	}

	public LocalDate getAcceptanceDate() {
		return acceptanceDate;
	}

	public void setAcceptanceDate(LocalDate acceptanceDate) {
		this.acceptanceDate = acceptanceDate;
	}

	public Integer getTrl() {
		return trl;
	}

	public void setTrl(Integer trl) {
		this.trl = trl;
	}

	public List<IpLine> getIpRights() {
		return ipRights;
	}

	public void setIpRights(List<IpLine> ipRights) {
		this.ipRights = ipRights;
	}

	public Set<ConversionMethod> getConversionMethods() {
		return conversionMethods;
	}

	public void setConversionMethods(Set<ConversionMethod> conversionMethods) {
		this.conversionMethods = conversionMethods;
	}

	public boolean isPriceNegotiable() {
		return priceNegotiable;
	}

	public void setPriceNegotiable(boolean priceNegotiable) {
		this.priceNegotiable = priceNegotiable;
	}

	public BigDecimal getPriceMin() {
		return priceMin;
	}

	public void setPriceMin(BigDecimal priceMin) {
		this.priceMin = priceMin;
	}

	public BigDecimal getPriceMax() {
		return priceMax;
	}

	public void setPriceMax(BigDecimal priceMax) {
		this.priceMax = priceMax;
	}

	public String getApplicationFields() {
		return applicationFields;
	}

	public void setApplicationFields(String applicationFields) {
		this.applicationFields = applicationFields;
	}

	public String getCooperationRequirements() {
		return cooperationRequirements;
	}

	public void setCooperationRequirements(String cooperationRequirements) {
		this.cooperationRequirements = cooperationRequirements;
	}

	public String getMarketField() {
		return marketField;
	}

	public void setMarketField(String marketField) {
		this.marketField = marketField;
	}

	public boolean isClassified() {
		return classified;
	}

	public void setClassified(boolean classified) {
		this.classified = classified;
	}
}
