package org.opentechmarket.trading.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The deal page's payment form (the evidence file comes as a separate multipart part). */
public class PaymentForm {

	private String amount;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate paidOn;
	private String bankReference;

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(LocalDate paidOn) {
		this.paidOn = paidOn;
	}

	public String getBankReference() {
		return bankReference;
	}

	public void setBankReference(String bankReference) {
		this.bankReference = bankReference;
	}
}
