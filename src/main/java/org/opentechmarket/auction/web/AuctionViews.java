package org.opentechmarket.auction.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Money;
import org.springframework.stereotype.Component;

/** Builds what the API and the pages show of an auction for a given viewer (anonymous: null). */
@Component
class AuctionViews {

	/**
	 * Where a buyer continues after a failed auction: the trading module's new inquiry thread on the achievement, told which
	 * auction failed (negotiation stays open after 流拍, domain/trading.md §Inquiry).
	 */
	static final String INQUIRY_LINK = "/achievements/%d/inquiries/new?afterAuction=%d";

	private final AuctionService service;
	private final Clock clock;

	AuctionViews(AuctionService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	AuctionJson.View view(Auction a, CurrentUser viewer) {
		boolean privileged = viewer != null && (viewer.isAdmin() || viewer.belongsTo(a.sellerOrganisationId()));
		Registration winner = a.winnerRegistrationId() == null ? null
				: service.registration(a.winnerRegistrationId()).orElse(null);
		Registration leader = a.leaderRegistrationId() == null ? null
				: a.leaderRegistrationId().equals(a.winnerRegistrationId()) ? winner
						: service.registration(a.leaderRegistrationId()).orElse(null);
		boolean party = privileged || (winner != null && viewer != null && viewer.belongsTo(winner.organisationId()));
		Map<String, String> links = new LinkedHashMap<>();
		links.put("page", "/auctions/" + a.id());
		links.put("bids", "/api/v1/auctions/" + a.id() + "/bids");
		links.put("log", "/auctions/" + a.id() + "/bids");
		links.put("events", "/auctions/" + a.id() + "/events");
		if (a.status() == org.opentechmarket.auction.AuctionStatus.FAILED) {
			links.put("inquiry", INQUIRY_LINK.formatted(a.achievementId(), a.id()));
		}
		return new AuctionJson.View(a.id(), a.achievementId(), a.achievementTitle(), a.sellerOrganisationId(), a.sellerName(),
				a.terms().method().name(), a.terms().licenceMode() == null ? null : a.terms().licenceMode().name(),
				a.terms().term(), a.terms().territory(), a.status().name(), a.phase(clock.instant()).name(),
				Money.text(a.startPrice()), Money.text(a.increment()), Money.text(a.deposit()), a.hasReserve(),
				privileged ? Money.text(a.reserve()) : null, a.restricted(), Times.iso(a.announcedAt()),
				Times.iso(a.startsAt()), Times.iso(a.scheduledEndsAt()), Times.iso(a.endsAt()), Money.text(a.currentPrice()),
				Money.text(a.minimumBid()), a.bidCount(), a.extensions(), leader == null ? null : leader.bidderNumber(),
				winner == null ? null : winner.bidderNumber(), winner == null ? null : winner.organisationId(),
				winner == null ? null : winner.organisationName(), Money.text(a.hammerPrice()),
				Money.text(a.commissionBuyer()), Money.text(a.commissionSeller()), party ? a.dealId() : null, a.relistOf(),
				Times.iso(a.relistUntil()), a.lastHash(), AuctionJson.rules(a), Times.iso(clock.instant()), links);
	}
}
