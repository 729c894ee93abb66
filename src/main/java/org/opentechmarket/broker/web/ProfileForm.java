package org.opentechmarket.broker.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.ProfileContent;

/** The broker's profile form; code lists are typed as codes separated by commas or spaces. */
public class ProfileForm {

	private BrokerGrade grade;
	private String certificateNumber;
	private String bio;
	private String disciplines;
	private String industries;
	private String regions;
	private String languages;

	static ProfileForm of(ProfileContent c) {
		ProfileForm f = new ProfileForm();
		f.grade = c.grade();
		f.certificateNumber = c.certificateNumber();
		f.bio = c.bio();
		f.disciplines = String.join(", ", new java.util.TreeSet<>(c.disciplines()));
		f.industries = String.join(", ", new java.util.TreeSet<>(c.industries()));
		f.regions = String.join(", ", new java.util.TreeSet<>(c.regions()));
		f.languages = String.join(", ", new java.util.TreeSet<>(c.languages()));
		return f;
	}

	ProfileContent content() {
		return new ProfileContent(grade, certificateNumber, bio, split(disciplines), split(industries), split(regions),
				split(languages));
	}

	static Set<String> split(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public BrokerGrade getGrade() {
		return grade;
	}

	public void setGrade(BrokerGrade grade) {
		this.grade = grade;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public void setCertificateNumber(String certificateNumber) {
		this.certificateNumber = certificateNumber;
	}

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public String getDisciplines() {
		return disciplines;
	}

	public void setDisciplines(String disciplines) {
		this.disciplines = disciplines;
	}

	public String getIndustries() {
		return industries;
	}

	public void setIndustries(String industries) {
		this.industries = industries;
	}

	public String getRegions() {
		return regions;
	}

	public void setRegions(String regions) {
		this.regions = regions;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}
}
