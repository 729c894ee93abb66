package org.opentechmarket.subscription.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.subscription.domain.Subscription;
import org.opentechmarket.subscription.domain.SubscriptionKind;
import org.opentechmarket.subscription.domain.SubscriptionStatus;

/** A subscription as the list shows it: its filters as readable labels, its link (the need's page for a need). */
record SubscriptionRow(long id, String name, SubscriptionKind kind, SubscriptionStatus status, String text,
		List<String> filters, String budgetMax, String needHref, boolean byDefault, java.time.Instant createdAt) {

	static SubscriptionRow of(Subscription s, CodeTables codes, Locale locale) {
		List<String> filters = new ArrayList<>();
		if (s.getIndustryCode() != null) {
			filters.add(codes.industries().label(s.getIndustryCode(), locale));
		}
		if (s.getDisciplineCode() != null) {
			filters.add(codes.disciplines().label(s.getDisciplineCode(), locale));
		}
		if (s.getRegionCode() != null) {
			filters.add(codes.regions().label(s.getRegionCode(), locale));
		}
		if (s.getMinTrl() != null) {
			filters.add("TRL ≥ " + s.getMinTrl());
		}
		return new SubscriptionRow(s.getId(), s.getName(), s.getKind(), s.getStatus(), s.getQueryText(), filters,
				s.getBudgetMax() == null ? null : s.getBudgetMax().stripTrailingZeros().toPlainString(),
				s.getNeedId() == null ? null : "/needs/" + s.getNeedId(), s.isByDefault(), s.getCreatedAt());
	}
}
