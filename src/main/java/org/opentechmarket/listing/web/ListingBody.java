package org.opentechmarket.listing.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.opentechmarket.listing.domain.Listing;
import org.opentechmarket.listing.domain.ListingDraft;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;

/** The listing form and the API's request body (amounts as decimal strings, e.g. "500000.00"). */
public class ListingBody {

	private Long achievementId;
	private TradeMethod method;
	private LicenceMode licenceMode;
	private String licenceTerm;
	private String territory;
	private BigDecimal price;
	private BigDecimal deposit;
	private Integer periodWorkingDays;
	private String qualifications;
	private Set<OrganisationType> buyerTypes = new LinkedHashSet<>();
	private String buyerRegion;
	private Listing.Route multipleBuyersRoute = Listing.Route.AUCTION;

	ListingDraft toDraft() {
		return new ListingDraft(achievementId, method, licenceMode, licenceTerm, territory, price, deposit, periodWorkingDays,
				qualifications, buyerTypes, buyerRegion, multipleBuyersRoute);
	}

	static ListingBody of(Listing l) {
		ListingBody b = new ListingBody();
		b.achievementId = l.getAchievementId();
		b.method = l.getMethod();
		b.licenceMode = l.getLicenceMode();
		b.licenceTerm = l.getLicenceTerm();
		b.territory = l.getTerritory();
		b.price = l.getPrice();
		b.deposit = l.getDeposit();
		b.periodWorkingDays = l.getPeriodWorkingDays();
		b.qualifications = l.getQualifications();
		b.buyerTypes = new LinkedHashSet<>(l.getBuyerTypes());
		b.buyerRegion = l.getBuyerRegion();
		b.multipleBuyersRoute = l.getRoute();
		return b;
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

	public BigDecimal getPrice() {
		return price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public void setDeposit(BigDecimal deposit) {
		this.deposit = deposit;
	}

	public Integer getPeriodWorkingDays() {
		return periodWorkingDays;
	}

	public void setPeriodWorkingDays(Integer periodWorkingDays) {
		this.periodWorkingDays = periodWorkingDays;
	}

	public String getQualifications() {
		return qualifications;
	}

	public void setQualifications(String qualifications) {
		this.qualifications = qualifications;
	}

	public Set<OrganisationType> getBuyerTypes() {
		return buyerTypes;
	}

	public void setBuyerTypes(Set<OrganisationType> buyerTypes) {
		this.buyerTypes = buyerTypes == null ? new LinkedHashSet<>() : buyerTypes;
	}

	public String getBuyerRegion() {
		return buyerRegion;
	}

	public void setBuyerRegion(String buyerRegion) {
		this.buyerRegion = buyerRegion;
	}

	public Listing.Route getMultipleBuyersRoute() {
		return multipleBuyersRoute;
	}

	public void setMultipleBuyersRoute(Listing.Route multipleBuyersRoute) {
		this.multipleBuyersRoute = multipleBuyersRoute;
	}
}
