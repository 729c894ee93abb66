package org.opentechmarket.auction.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;

/** The seller's form: the lot, the method, the amounts as typed, and local date-times in the platform's time zone. */
public class AuctionForm {

	private Long achievementId;
	private String method = TradeMethod.TRANSFER.name();
	private String licenceMode;
	private String term;
	private String territory;
	private String startPrice;
	private String increment;
	private String deposit;
	private String reserve;
	private String startsAt;
	private String endsAt;

	AuctionTerms toTerms(long sellerOrganisationId, ZoneId zone) {
		List<FieldViolation> violations = new ArrayList<>();
		if (achievementId == null) {
			violations.add(FieldViolation.of("achievementId", "auction.lot.required"));
		}
		Instant start = time("startsAt", startsAt, zone, false, violations);
		Instant end = time("endsAt", endsAt, zone, true, violations);
		TradeTerms terms = null;
		try {
			TradeMethod m = TradeMethod.valueOf(method == null ? "TRANSFER" : method);
			LicenceMode mode = licenceMode == null || licenceMode.isBlank() ? null : LicenceMode.valueOf(licenceMode);
			if (m == TradeMethod.LICENSE && mode == null) {
				violations.add(FieldViolation.of("licenceMode", "auction.licenceMode.required"));
			}
			terms = new TradeTerms(m, mode, blank(term), blank(territory));
		}
		catch (IllegalArgumentException e) {
			violations.add(FieldViolation.of("method", "auction.method.unknown"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		return new AuctionTerms(achievementId, sellerOrganisationId, terms, startPrice, increment, deposit, reserve, start,
				end);
	}

	private static Instant time(String field, String text, ZoneId zone, boolean required, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "auction.time.required"));
			}
			return null;
		}
		try {
			return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			violations.add(FieldViolation.of(field, "auction.time.format"));
			return null;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Long getAchievementId() {
		return achievementId;
	}

	public void setAchievementId(Long achievementId) {
		this.achievementId = achievementId;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getLicenceMode() {
		return licenceMode;
	}

	public void setLicenceMode(String licenceMode) {
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

	public String getStartPrice() {
		return startPrice;
	}

	public void setStartPrice(String startPrice) {
		this.startPrice = startPrice;
	}

	public String getIncrement() {
		return increment;
	}

	public void setIncrement(String increment) {
		this.increment = increment;
	}

	public String getDeposit() {
		return deposit;
	}

	public void setDeposit(String deposit) {
		this.deposit = deposit;
	}

	public String getReserve() {
		return reserve;
	}

	public void setReserve(String reserve) {
		this.reserve = reserve;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}
}
