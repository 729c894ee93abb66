package org.opentechmarket.listing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.opentechmarket.listing.TenderStatus;
import org.opentechmarket.listing.tender.OfferFile;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.listing.tender.TenderOffer;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositView;

/**
 * A tender as the API shows it to everyone: the published rules (weights, criteria, price formula, deadline, opening time),
 * the opening record after the opening, the award or the reasons at the end. Never an offer's content, nor who bid before
 * the opening.
 */
public record TenderView(long id, String kind, long ownerOrganisationId, String owner, String title, String description,
		Long achievementId, String achievementTitle, String method, String licenceMode, String licenceTerm, String territory,
		String priceLimit, BigDecimal priceWeight, BigDecimal technicalWeight, List<CriterionView> criteria,
		BigDecimal passThreshold, String priceFormula, String deposit, Instant deadline, Instant openingAt, Long listingId,
		boolean invited, String status, Instant createdAt, Opening opening, Award award, String reasons, Instant closedAt) {

	public record CriterionView(String name, BigDecimal weight) {
	}

	public record Opening(Instant openedAt, String openedBy, int offers, int validOffers) {
	}

	public record Award(long offerId, long organisationId, String organisation, String price, BigDecimal totalScore,
			String reasons, Long dealId) {
	}

	/** The published price formula, in words (docs/architecture.md §Tenders). */
	static String formula(TenderKind kind) {
		return kind == TenderKind.BUY ? "priceScore = lowestPrice / price × priceWeight (lowest-price method)"
				: "priceScore = price / highestPrice × priceWeight (highest-price method)";
	}

	static TenderView of(Tender t) {
		Opening opening = t.getOpenedAt() == null ? null : new Opening(t.getOpenedAt(), t.getOpenedBy(),
				t.getOfferCount() == null ? 0 : t.getOfferCount(), t.getValidOfferCount() == null ? 0 : t.getValidOfferCount());
		Award award = t.getStatus() != TenderStatus.AWARDED ? null : new Award(t.getAwardedOfferId(),
				t.getAwardedOrganisationId(), t.getAwardedName(), Money.text(t.getAwardedPrice()), t.getAwardedScore(),
				t.getReasons(), t.getDealId());
		return new TenderView(t.getId(), t.getKind().name(), t.getOwnerOrganisationId(), t.getOwnerName(), t.getTitle(),
				t.getDescription(), t.getAchievementId(), t.getAchievementTitle(),
				t.getMethod() == null ? null : t.getMethod().name(), t.getLicenceMode() == null ? null : t.getLicenceMode().name(),
				t.getLicenceTerm(), t.getTerritory(), Money.text(t.getPriceLimit()), t.getPriceWeight(), t.technicalWeight(),
				t.getCriteria().stream().map(c -> new CriterionView(c.getName(), c.getWeight())).toList(),
				t.getPassThreshold(), formula(t.getKind()), Money.text(t.getDeposit()), t.getDeadline(), t.getOpeningAt(),
				t.getListingId(), t.isInvited(), t.getStatus().name(), t.getCreatedAt(), opening, award,
				t.getStatus() == TenderStatus.FAILED || t.getStatus() == TenderStatus.CANCELLED ? t.getReasons() : null,
				t.getClosedAt());
	}

	/** A bidder's own offer: the sealed receipt, and after the opening and ranking its own price and scores. */
	public record OwnOffer(long id, long tenderId, String status, int revision, String receipt, Instant submittedAt,
			String rejectReason, ListingView.DepositRef deposit, List<FileReceipt> files, String price, Scores scores) {

		static OwnOffer of(TenderOffer o, DepositView d, List<OfferFile> files) {
			return new OwnOffer(o.getId(), o.getTenderId(), o.getStatus().name(), o.getRevision(), o.getReceipt(),
					o.getSubmittedAt(), o.getRejectReason(), d == null ? null : new ListingView.DepositRef(d.id(),
							Money.text(d.amount()), d.status().name()),
					files.stream().map(f -> new FileReceipt(f.getId(), f.getReceipt())).toList(), Money.text(o.getPrice()),
					Scores.of(o));
		}
	}

	public record FileReceipt(long id, String receipt) {
	}

	/** An offer's scores (null until the panel's result is in). */
	public record Scores(BigDecimal technicalScore, Boolean technicalPassed, BigDecimal priceScore, BigDecimal totalScore,
			Integer rank) {

		static Scores of(TenderOffer o) {
			return o.getTechnicalPassed() == null ? null : new Scores(o.getTechnicalScore(), o.getTechnicalPassed(),
					o.getPriceScore(), o.getTotalScore(), o.getRank());
		}
	}

	/** An offer in the list the owner's side, administrators and panel experts see after the opening. */
	public record OfferRow(long id, long bidderOrganisationId, String bidder, String status, String rejectReason,
			Instant submittedAt, String receipt, String price, Long reviewId, Scores scores) {

		static OfferRow of(TenderOffer o) {
			return new OfferRow(o.getId(), o.getBidderOrganisationId(), o.getBidderName(), o.getStatus().name(),
					o.getRejectReason(), o.getSubmittedAt(), o.getReceipt(), Money.text(o.getPrice()), o.getReviewId(),
					Scores.of(o));
		}
	}

	/** An opened offer's decrypted content. */
	public record OfferContentView(long id, long tenderId, String bidder, String price, String proposal, Long achievementId,
			List<FileEntry> files) {

		static OfferContentView of(TenderService.OfferReading r) {
			return new OfferContentView(r.offer().getId(), r.tender().getId(), r.offer().getBidderName(),
					Money.text(r.content().price()), r.content().proposal(), r.content().achievementId(),
					r.files().stream().map(f -> new FileEntry(f.id(), f.name(), f.receipt())).toList());
		}
	}

	public record FileEntry(long id, String name, String receipt) {
	}
}
