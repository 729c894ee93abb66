package org.opentechmarket.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.opentechmarket.listing.domain.IntentStatus;
import org.opentechmarket.listing.tender.OfferStatus;

/** The lifecycle enums: every allowed transition, and the ones that must not exist. */
class ListingLifecycleTest {

	@Test
	void aListingIsClosedOnceIntoOneOutcome() {
		assertThat(EnumSet.allOf(ListingStatus.class).stream().filter(ListingStatus.LISTED::canBecome))
			.containsExactlyInAnyOrder(ListingStatus.UNSOLD, ListingStatus.SOLD, ListingStatus.AUCTIONED,
					ListingStatus.TENDERED, ListingStatus.WITHDRAWN);
		for (ListingStatus end : EnumSet.complementOf(EnumSet.of(ListingStatus.LISTED))) {
			assertThat(end.isFinal()).as(end.name()).isTrue();
			assertThat(EnumSet.allOf(ListingStatus.class)).noneMatch(end::canBecome);
		}
		assertThat(ListingStatus.UNSOLD.mayRelist()).isTrue();
		assertThat(ListingStatus.WITHDRAWN.mayRelist()).isTrue();
		assertThat(ListingStatus.SOLD.mayRelist()).isFalse();
		assertThat(ListingStatus.AUCTIONED.mayRelist()).isFalse();
	}

	@Test
	void aTenderIsOpenedBeforeItIsEvaluatedAndAwarded() {
		assertThat(TenderStatus.OPEN.canBecome(TenderStatus.OPENED)).isTrue();
		assertThat(TenderStatus.OPEN.canBecome(TenderStatus.EVALUATING)).isFalse();
		assertThat(TenderStatus.OPEN.canBecome(TenderStatus.AWARDED)).isFalse();
		assertThat(TenderStatus.OPENED.canBecome(TenderStatus.EVALUATING)).isTrue();
		assertThat(TenderStatus.OPENED.canBecome(TenderStatus.AWARDED)).isFalse();
		assertThat(TenderStatus.OPENED.canBecome(TenderStatus.CANCELLED)).as("no cancelling after the opening").isFalse();
		assertThat(TenderStatus.EVALUATING.canBecome(TenderStatus.AWARDED)).isTrue();
		assertThat(TenderStatus.EVALUATING.canBecome(TenderStatus.FAILED)).isTrue();
		for (TenderStatus end : EnumSet.of(TenderStatus.AWARDED, TenderStatus.FAILED, TenderStatus.CANCELLED)) {
			assertThat(end.isFinal()).isTrue();
		}
	}

	@Test
	void anIntentQualifiesOnlyFromPendingAndEndsOnce() {
		assertThat(IntentStatus.PENDING_DEPOSIT.canBecome(IntentStatus.QUALIFIED)).isTrue();
		assertThat(IntentStatus.PENDING_DEPOSIT.canBecome(IntentStatus.BUYER)).as("a buyer without a deposit").isFalse();
		assertThat(IntentStatus.PENDING_DEPOSIT.canBecome(IntentStatus.ADMITTED)).isFalse();
		assertThat(IntentStatus.QUALIFIED.canBecome(IntentStatus.BUYER)).isTrue();
		assertThat(IntentStatus.QUALIFIED.canBecome(IntentStatus.LAPSED)).as("confirmed after the period").isTrue();
		for (IntentStatus end : EnumSet.of(IntentStatus.WITHDRAWN, IntentStatus.LAPSED, IntentStatus.BUYER,
				IntentStatus.ADMITTED)) {
			assertThat(end.isFinal()).isTrue();
			assertThat(end.isActive()).isFalse();
		}
	}

	@Test
	void aWithdrawnOfferStaysWithdrawnAndOnlyValidOffersWin() {
		assertThat(EnumSet.allOf(OfferStatus.class)).noneMatch(OfferStatus.WITHDRAWN::canBecome);
		assertThat(OfferStatus.SEALED.canBecome(OfferStatus.AWARDED)).isFalse();
		assertThat(OfferStatus.REJECTED.canBecome(OfferStatus.AWARDED)).isFalse();
		assertThat(OfferStatus.VALID.canBecome(OfferStatus.AWARDED)).isTrue();
		assertThat(OfferStatus.SEALED.canBecome(OfferStatus.VALID)).isTrue();
	}
}
