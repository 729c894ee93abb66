package org.opentechmarket.trading.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.domain.Offer;
import org.opentechmarket.trading.domain.OfferDraft;
import org.opentechmarket.trading.domain.PaymentPlan;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form of a formal offer (field names as the domain reports its violations). */
public class OfferForm {

	private String price;
	private TradeMethod method = TradeMethod.LICENSE;
	private LicenceMode licenceMode = LicenceMode.ORDINARY;
	private String term;
	private String territory;
	private PlanForm plan = new PlanForm();
	private String termsText;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;
	private String note;

	OfferDraft toDraft() {
		List<FieldViolation> v = new ArrayList<>();
		BigDecimal p = Json.amount(price, "price", v);
		PaymentPlan pp = plan == null ? null : plan.toPlan(v);
		Json.failOn(v);
		return new OfferDraft(p, method, method == TradeMethod.LICENSE ? licenceMode : null, term, territory, pp, termsText,
				validUntil, note);
	}

	/** A counter-offer starts from the offer it answers. */
	static OfferForm from(Offer o, LocalDate validUntil) {
		OfferForm f = new OfferForm();
		f.price = Money.text(o.getPrice());
		f.method = o.terms().method();
		f.licenceMode = o.terms().licenceMode() == null ? LicenceMode.ORDINARY : o.terms().licenceMode();
		f.term = o.terms().term();
		f.territory = o.terms().territory();
		f.plan = PlanForm.of(o.plan());
		f.termsText = o.getTermsText();
		f.validUntil = validUntil;
		return f;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price;
	}

	public TradeMethod getMethod() {
		return method;
	}

	public void setMethod(TradeMethod method) {
		this.method = method;
	}

	public LicenceMode getLicenceMode() {
		return licenceMode;
	}

	public void setLicenceMode(LicenceMode licenceMode) {
		this.licenceMode = licenceMode;
	}

	public String getTerm() {
		return term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public String getTerritory() {
		return territory;
	}

	public void setTerritory(String territory) {
		this.territory = territory;
	}

	public PlanForm getPlan() {
		return plan;
	}

	public void setPlan(PlanForm plan) {
		this.plan = plan;
	}

	public String getTermsText() {
		return termsText;
	}

	public void setTermsText(String termsText) {
		this.termsText = termsText;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
