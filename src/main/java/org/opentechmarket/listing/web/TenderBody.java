package org.opentechmarket.listing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.listing.tender.Criterion;
import org.opentechmarket.listing.tender.TenderDraft;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;

/** The API's request body for a new tender: times as ISO-8601 instants, amounts as decimal strings. */
public record TenderBody(TenderKind kind, String title, String description, Long achievementId, TradeMethod method,
		LicenceMode licenceMode, String licenceTerm, String territory, BigDecimal priceLimit, BigDecimal priceWeight,
		List<CriterionBody> criteria, BigDecimal passThreshold, BigDecimal deposit, Instant deadline, Instant openingAt) {

	public record CriterionBody(String name, BigDecimal weight) {
	}

	TenderDraft toDraft() {
		List<Criterion> list = new ArrayList<>();
		if (criteria != null) {
			criteria.forEach(c -> list.add(c == null ? new Criterion(null, null) : new Criterion(c.name(), c.weight())));
		}
		return new TenderDraft(kind, title, description, achievementId, method, licenceMode, licenceTerm, territory, priceLimit,
				priceWeight, list, passThreshold, deposit, deadline, openingAt);
	}
}
