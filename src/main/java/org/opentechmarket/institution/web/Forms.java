package org.opentechmarket.institution.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.ProfileDetails;

/** The module's form objects (plain beans for data binding). */
final class Forms {

	private Forms() {
	}

	/** Directory filters. */
	public static class DirectoryFilter {

		private InstitutionLevel level;
		private String region;
		private String service;
		private String q;

		public InstitutionLevel getLevel() {
			return level;
		}

		public void setLevel(InstitutionLevel level) {
			this.level = level;
		}

		public String getRegion() {
			return region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getService() {
			return service;
		}

		public void setService(String service) {
			this.service = service;
		}

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}
	}

	public static class RatingForm {

		private Integer score;
		private String comment;

		public Integer getScore() {
			return score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}
	}

	public static class ComplaintForm {

		private String description;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}
	}

	public static class ProfileForm {

		private String description;
		private Long parentOrganisationId;
		private List<String> services = new ArrayList<>();
		private String regionsText;
		private String contactPhone;
		private String contactEmail;
		private String website;

		static ProfileForm of(InstitutionProfile p) {
			ProfileForm form = new ProfileForm();
			form.description = p.getDescription();
			form.parentOrganisationId = p.getParentOrganisationId();
			form.services = new ArrayList<>(p.getServices());
			form.regionsText = String.join(" ", p.getRegions());
			form.contactPhone = p.getContactPhone();
			form.contactEmail = p.getContactEmail();
			form.website = p.getWebsite();
			return form;
		}

		ProfileDetails details() {
			List<String> regions = regionsText == null ? List.of()
					: Arrays.stream(regionsText.split("[\\s,，;；、]+")).filter(s -> !s.isBlank()).toList();
			return new ProfileDetails(description, parentOrganisationId, services, regions, contactPhone, contactEmail,
					website);
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Long getParentOrganisationId() {
			return parentOrganisationId;
		}

		public void setParentOrganisationId(Long parentOrganisationId) {
			this.parentOrganisationId = parentOrganisationId;
		}

		public List<String> getServices() {
			return services;
		}

		public void setServices(List<String> services) {
			this.services = services;
		}

		public String getRegionsText() {
			return regionsText;
		}

		public void setRegionsText(String regionsText) {
			this.regionsText = regionsText;
		}

		public String getContactPhone() {
			return contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

		public String getContactEmail() {
			return contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}

		public String getWebsite() {
			return website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}
	}

	public static class LevelForm {

		private InstitutionLevel level;
		private Integer levelYear;
		private String levelDocument;

		public InstitutionLevel getLevel() {
			return level;
		}

		public void setLevel(InstitutionLevel level) {
			this.level = level;
		}

		public Integer getLevelYear() {
			return levelYear;
		}

		public void setLevelYear(Integer levelYear) {
			this.levelYear = levelYear;
		}

		public String getLevelDocument() {
			return levelDocument;
		}

		public void setLevelDocument(String levelDocument) {
			this.levelDocument = levelDocument;
		}
	}
}
