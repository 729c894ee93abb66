package org.opentechmarket.listing.tender;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.listing.TenderStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opened tender offers as review subjects. The parties (recused) are the tender's owner and every organisation with an offer
 * in the tender — an expert from a competitor must not score this offer either. The readers of the published result are the
 * bidder and the owner: each bidder reads its own scores, no one else's. Only valid offers of an opened tender under
 * evaluation can be reviewed.
 */
@Component
class TenderReviewSubjects implements ReviewSubjectProvider {

	private final Tenders tenders;
	private final TenderOffers offers;

	TenderReviewSubjects(Tenders tenders, TenderOffers offers) {
		this.tenders = tenders;
		this.offers = offers;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.TENDER_OFFER;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewSubject> find(long id) {
		TenderOffer offer = offers.findById(id).filter(o -> o.getStatus() == OfferStatus.VALID).orElse(null);
		if (offer == null) {
			return Optional.empty();
		}
		return tenders.findById(offer.getTenderId())
			.filter(t -> t.getStatus() == TenderStatus.OPENED || t.getStatus() == TenderStatus.EVALUATING)
			.map(t -> subject(t, offer, offers.findByTenderIdOrderByIdAsc(t.getId())));
	}

	static ReviewSubject subject(Tender t, TenderOffer offer, List<TenderOffer> all) {
		Set<Long> parties = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		parties.add(t.getOwnerOrganisationId());
		names.add(t.getOwnerName());
		for (TenderOffer o : all) {
			if (o.getStatus() != OfferStatus.WITHDRAWN) {
				parties.add(o.getBidderOrganisationId());
				names.add(o.getBidderName());
			}
		}
		return new ReviewSubject(ReviewSubjectType.TENDER_OFFER, offer.getId(), t.getTitle() + " · " + offer.getBidderName(),
				"/tenders/" + t.getId() + "/offers/" + offer.getId(), parties, names, List.of(), List.of(), List.of(),
				Set.of(offer.getBidderOrganisationId(), t.getOwnerOrganisationId()));
	}
}
