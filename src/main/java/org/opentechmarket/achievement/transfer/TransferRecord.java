package org.opentechmarket.achievement.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.opentechmarket.achievement.domain.AchievementContent;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.people.CreditCode;

/**
 * One achievement as exchanged: the registration form's content ({@link AchievementContent}) plus the identities an import
 * matches on. This is the shape of a JSON Lines row and of a workbook row.
 *
 * <ul>
 * <li>{@code externalId}: the record's id in the system it comes from ({@code zjmarket:A00042}); re-imports update the
 * record with the same external id in place.</li>
 * <li>{@code registrationNumber}: 登记号; a row without an external id matches on it.</li>
 * <li>{@code holderCreditCode}: the holder organisation (统一社会信用代码), which must exist; without it the import's holder
 * is used.</li>
 * <li>{@code publishedAt}: when the listing was published (an ISO instant); defaults to the time of the import.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(value = { "keywordsText", "completingOrganisationsText" }, allowSetters = true)
@JsonPropertyOrder({ "externalId", "registrationNumber", "holderCreditCode", "publishedAt", "title", "category", "keywords",
		"abstractText", "completingOrganisations", "inventors", "researchStart", "researchEnd", "attribute", "evaluationRoute",
		"level", "stage", "disciplineCode", "industryCode", "regionCode", "fundingSource", "projectNumber", "acceptanceDate",
		"trl", "ipRights", "conversionMethods", "priceNegotiable", "priceMin", "priceMax", "applicationFields",
		"cooperationRequirements", "marketField", "classified" })
public class TransferRecord extends AchievementContent {

	private String externalId;
	private String registrationNumber;
	private String holderCreditCode;
	private Instant publishedAt;

	/** A copy of a registration's content, e.g. for export. */
	public static TransferRecord of(AchievementContent c) {
		TransferRecord r = new TransferRecord();
		r.setTitle(c.getTitle());
		r.setCategory(c.getCategory());
		r.setKeywords(new ArrayList<>(c.getKeywords()));
		r.setAbstractText(c.getAbstractText());
		r.setCompletingOrganisations(new ArrayList<>(c.getCompletingOrganisations()));
		r.setInventors(new ArrayList<>(c.getInventors()));
		r.setResearchStart(c.getResearchStart());
		r.setResearchEnd(c.getResearchEnd());
		r.setAttribute(c.getAttribute());
		r.setEvaluationRoute(c.getEvaluationRoute());
		r.setLevel(c.getLevel());
		r.setStage(c.getStage());
		r.setDisciplineCode(c.getDisciplineCode());
		r.setIndustryCode(c.getIndustryCode());
		r.setRegionCode(c.getRegionCode());
		r.setFundingSource(c.getFundingSource());
		r.setProjectNumber(c.getProjectNumber());
		r.setAcceptanceDate(c.getAcceptanceDate());
		r.setTrl(c.getTrl());
		r.setIpRights(new ArrayList<>(c.getIpRights()));
		r.setConversionMethods(c.getConversionMethods().isEmpty() ? EnumSet.noneOf(ConversionMethod.class)
				: EnumSet.copyOf(c.getConversionMethods()));
		r.setPriceNegotiable(c.isPriceNegotiable());
		r.setPriceMin(c.getPriceMin());
		r.setPriceMax(c.getPriceMax());
		r.setApplicationFields(c.getApplicationFields());
		r.setCooperationRequirements(c.getCooperationRequirements());
		r.setMarketField(c.getMarketField());
		r.setClassified(c.isClassified());
		return r;
	}

	/** Trims the content ({@link AchievementContent#normalised()}) and the identities. */
	@Override
	public TransferRecord normalised() {
		super.normalised();
		externalId = blankToNull(externalId);
		registrationNumber = blankToNull(registrationNumber);
		if (registrationNumber != null) {
			registrationNumber = registrationNumber.toUpperCase(Locale.ROOT);
		}
		holderCreditCode = blankToNull(CreditCode.normalise(holderCreditCode));
		return this;
	}

	private static String blankToNull(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	public String getExternalId() {
		return externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public String getHolderCreditCode() {
		return holderCreditCode;
	}

	public void setHolderCreditCode(String holderCreditCode) {
		this.holderCreditCode = holderCreditCode;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}
}
