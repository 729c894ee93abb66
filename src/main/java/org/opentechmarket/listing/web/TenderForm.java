package org.opentechmarket.listing.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.listing.tender.Criterion;
import org.opentechmarket.listing.tender.TenderDraft;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** The tender form: times in the platform's time zone (datetime-local inputs), up to ten criteria rows. */
public class TenderForm {

	public static final int CRITERIA_ROWS = 6;

	private TenderKind kind = TenderKind.BUY;
	private String title;
	private String description;
	private Long achievementId;
	private TradeMethod method;
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	private BigDecimal priceLimit;
	private BigDecimal priceWeight;
	private List<CriterionRow> criteria = new ArrayList<>();
	private BigDecimal passThreshold;
	private BigDecimal deposit;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime deadline;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime openingAt;

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
	}

	void prefill(List<Criterion> defaults) {
		criteria.clear();
		defaults.forEach(c -> criteria.add(new CriterionRow(c.getName(), c.getWeight())));
		pad();
	}

	/** Empty rows up to {@link #CRITERIA_ROWS}, so the page always offers a few to fill in. */
	void pad() {
		while (criteria.size() < CRITERIA_ROWS) {
			criteria.add(new CriterionRow());
		}
	}

	TenderDraft toDraft(ZoneId zone) {
		List<Criterion> list = new ArrayList<>();
		for (CriterionRow r : criteria) {
			list.add(new Criterion(r.getName(), r.getWeight()));
		}
		return new TenderDraft(kind, title, description, achievementId, method, licenceMode, licenceTerm, territory, priceLimit,
				priceWeight, list, passThreshold, deposit, deadline == null ? null : deadline.atZone(zone).toInstant(),
				openingAt == null ? null : openingAt.atZone(zone).toInstant());
	}

	public TenderKind getKind() {
		return kind;
	}

	public void setKind(TenderKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
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

	public String getLicenceTerm() {
		return licenceTerm;
	}

	public void setLicenceTerm(String licenceTerm) {
		this.licenceTerm = licenceTerm;
	}

	public String getTerritory() {
		return territory;
	}

	public void setTerritory(String territory) {
		this.territory = territory;
	}

	public BigDecimal getPriceLimit() {
		return priceLimit;
	}

	public void setPriceLimit(BigDecimal priceLimit) {
		this.priceLimit = priceLimit;
	}

	public BigDecimal getPriceWeight() {
		return priceWeight;
	}

	public void setPriceWeight(BigDecimal priceWeight) {
		this.priceWeight = priceWeight;
	}

	public List<CriterionRow> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<CriterionRow> criteria) {
		this.criteria = criteria;
	}

	public BigDecimal getPassThreshold() {
		return passThreshold;
	}

	public void setPassThreshold(BigDecimal passThreshold) {
		this.passThreshold = passThreshold;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public void setDeposit(BigDecimal deposit) {
		this.deposit = deposit;
	}

	public LocalDateTime getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDateTime deadline) {
		this.deadline = deadline;
	}

	public LocalDateTime getOpeningAt() {
		return openingAt;
	}

	public void setOpeningAt(LocalDateTime openingAt) {
		this.openingAt = openingAt;
	}
}
