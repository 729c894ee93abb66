package org.opentechmarket.demand.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.demand.NeedStatus;
import org.opentechmarket.demand.domain.Contact;
import org.opentechmarket.demand.domain.Need;

/** A need in the API: public fields; {@code contact} only for those who manage it or whose request to talk was accepted. */
public record NeedView(long id, NeedStatus status, String ownerName, String title, String description, String currentState,
		String targets, List<String> keywords, String industryCode, String disciplineCode, String regionCode,
		List<String> cooperation, boolean budgetNegotiable, BigDecimal budgetMin, BigDecimal budgetMax, String budgetBand,
		Integer minTrl, LocalDate deadline, Instant openedAt, String postedOnBehalf, Contact contact) {

	static NeedView of(Need n, Contact contact) {
		return new NeedView(n.getId(), n.getStatus(), n.getOwnerName(), n.getTitle(), n.getDescription(), n.getCurrentState(),
				n.getTargets(), List.copyOf(n.getKeywords()), n.getIndustryCode(), n.getDisciplineCode(), n.getRegionCode(),
				n.getCooperation().stream().sorted().map(Enum::name).toList(), n.isBudgetNegotiable(), n.getBudgetMin(),
				n.getBudgetMax(), n.getBudgetBand(), n.getMinTrl(), n.getDeadline(), n.getOpenedAt(),
				n.getPostedOnBehalf() == null ? null : n.getPostedOnBehalf().name(), contact);
	}
}
