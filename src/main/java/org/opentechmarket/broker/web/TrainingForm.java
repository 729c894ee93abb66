package org.opentechmarket.broker.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A training given (the evidence file comes as a separate multipart part). */
public class TrainingForm {

	private String title;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenOn;
	private BigDecimal hours;
	private Integer audienceSize;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getGivenOn() {
		return givenOn;
	}

	public void setGivenOn(LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public Integer getAudienceSize() {
		return audienceSize;
	}

	public void setAudienceSize(Integer audienceSize) {
		this.audienceSize = audienceSize;
	}
}
