package org.opentechmarket.listing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.listing.domain.Listing;
import org.opentechmarket.listing.domain.ListingIntent;
import org.opentechmarket.listing.domain.ListingService;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositView;

/** A listing as the API shows it: amounts as strings with two decimals; counts only for the seller's side. */
public record ListingView(long id, long achievementId, String achievementTitle, long sellerOrganisationId, String seller,
		String method, String licenceMode, String licenceTerm, String territory, String price, String deposit,
		int periodWorkingDays, Instant publishedAt, LocalDate lastDay, Instant endsAt, String qualifications,
		List<String> buyerTypes, String buyerRegion, String multipleBuyersRoute, String status, Instant closedAt, Long dealId,
		Long auctionId, Long tenderId, Long relistOf, Long relistedAs, Counts intents) {

	public record Counts(long registered, long qualified) {
	}

	static ListingView of(Listing l, ListingService.Counts counts) {
		return new ListingView(l.getId(), l.getAchievementId(), l.getAchievementTitle(), l.getSellerOrganisationId(),
				l.getSellerName(), l.getMethod().name(), l.getLicenceMode() == null ? null : l.getLicenceMode().name(),
				l.getLicenceTerm(), l.getTerritory(), Money.text(l.getPrice()), Money.text(l.getDeposit()),
				l.getPeriodWorkingDays(), l.getPublishedAt(), l.getLastDay(), l.getEndsAt(), l.getQualifications(),
				l.getBuyerTypes().stream().map(Enum::name).sorted().toList(), l.getBuyerRegion(), l.getRoute().name(),
				l.getStatus().name(), l.getClosedAt(), l.getDealId(), l.getAuctionId(), l.getTenderId(), l.getRelistOf(),
				l.getRelistedAs(), counts == null ? null : new Counts(counts.registered(), counts.qualified()));
	}

	/** A buyer's intent with its deposit. */
	public record IntentView(long id, long listingId, long buyerOrganisationId, String buyer, String status,
			Instant createdAt, Instant qualifiedAt, DepositRef deposit) {

		static IntentView of(ListingIntent i, DepositView d) {
			return new IntentView(i.getId(), i.getListingId(), i.getBuyerOrganisationId(), i.getBuyerName(),
					i.getStatus().name(), i.getCreatedAt(), i.getQualifiedAt(), new DepositRef(i.getDepositId(),
							Money.text(i.getDepositAmount()), d == null ? null : d.status().name()));
		}
	}

	public record DepositRef(long id, String amount, String status) {
	}
}
