package org.opentechmarket.broker.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.contract.DealFacts;
import org.opentechmarket.contract.DealRecords;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrator-verified offline deals (线下成交登记) as deals a seller may register a technology contract from. An offline deal
 * names its parties by name only, so the viewer's organisation is its seller when the recorded seller name is exactly the
 * organisation's name; the buyer is linked to a registered organisation of exactly that name when there is one.
 */
@Component
class BrokerDealRecords implements DealRecords {

	private final OfflineDeals deals;
	private final Organisations organisations;
	private final Achievements achievements;

	BrokerDealRecords(OfflineDeals deals, Organisations organisations, Achievements achievements) {
		this.deals = deals;
		this.organisations = organisations;
		this.achievements = achievements;
	}

	@Override
	public String source() {
		return "broker";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealFacts> find(long dealId, CurrentUser viewer) {
		return deals.findById(dealId).filter(d -> visible(d, viewer)).map(d -> facts(d, viewer));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DealFacts> dealsOf(CurrentUser viewer) {
		return deals.findByStatusAndSeller(Verification.VERIFIED, viewer.organisationName())
			.stream()
			.filter(d -> visible(d, viewer))
			.sorted(Comparator.comparing(OfflineDeal::getSignedOn).reversed())
			.map(d -> facts(d, viewer))
			.toList();
	}

	private static boolean visible(OfflineDeal d, CurrentUser viewer) {
		return d.getStatus() == Verification.VERIFIED && d.getSeller().equals(viewer.organisationName());
	}

	private DealFacts facts(OfflineDeal d, CurrentUser viewer) {
		String title = d.getAchievementId() == null ? null
				: achievements.find(d.getAchievementId()).map(AchievementSummary::title).orElse(null);
		Long buyerId = organisations.findByName(d.getBuyer()).map(OrganisationSummary::id).orElse(null);
		return new DealFacts(source(), d.getId(), title, d.getSeller(), viewer.organisationId(), d.getBuyer(), buyerId,
				d.getContractAmount(), d.getSignedOn());
	}
}
