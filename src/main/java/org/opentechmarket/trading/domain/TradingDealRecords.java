package org.opentechmarket.trading.domain;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.contract.DealFacts;
import org.opentechmarket.contract.DealRecords;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trading deals as deals a seller may register a technology contract from (contract.DealRecords, source {@code trading}):
 * those whose contract is signed (signed, in payment or completed), seen by members of the seller organisation only. The
 * contract amount is the deal's price, the signing date the one the parties recorded.
 */
@Component
class TradingDealRecords implements DealRecords {

	private final DealRepository deals;
	private final DealService service;

	TradingDealRecords(DealRepository deals, DealService service) {
		this.deals = deals;
		this.service = service;
	}

	@Override
	public String source() {
		return "trading";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealFacts> find(long dealId, CurrentUser viewer) {
		return deals.findById(dealId)
			.filter(d -> viewer != null && viewer.belongsTo(d.getSellerOrganisationId()))
			.filter(d -> DealService.SIGNED.contains(d.getStatus()))
			.map(this::facts);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DealFacts> dealsOf(CurrentUser viewer) {
		if (viewer == null) {
			return List.of();
		}
		return service.signedDealsSoldBy(viewer.organisationId()).stream().map(this::facts).toList();
	}

	private DealFacts facts(Deal d) {
		return new DealFacts(source(), d.getId(), d.getAchievementTitle(), d.getSellerName(), d.getSellerOrganisationId(),
				d.getBuyerName(), d.getBuyerOrganisationId(), d.getPrice(), d.getSignedOn());
	}
}
