package org.opentechmarket.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.listing.domain.CloseRules.Candidate;
import org.opentechmarket.listing.domain.CloseRules.Decision;
import org.opentechmarket.listing.domain.CloseRules.Outcome;
import org.opentechmarket.trading.DepositStatus;

/** The close rules: none qualified → unsold; one → sold; two or more → converted; late or unpaid deposits lapse. */
class ListingCloseRulesTest {

	private static final Instant END = Instant.parse("2026-03-31T16:00:00Z");

	private static Candidate confirmed(long id, Instant at) {
		return new Candidate(id, DepositStatus.CONFIRMED, at);
	}

	private static Candidate pending(long id) {
		return new Candidate(id, DepositStatus.PENDING, null);
	}

	@Test
	void noQualifiedBuyerLeavesTheListingUnsoldAndLapsesEveryone() {
		Decision d = CloseRules.decide(List.of(pending(1), pending(2)), END);
		assertThat(d.outcome()).isEqualTo(Outcome.UNSOLD);
		assertThat(d.qualified()).isEmpty();
		assertThat(d.lapsed()).containsExactly(1L, 2L);
		assertThat(CloseRules.decide(List.of(), END).outcome()).isEqualTo(Outcome.UNSOLD);
	}

	@Test
	void exactlyOneQualifiedBuyerBuys() {
		Decision d = CloseRules.decide(List.of(pending(1), confirmed(2, END.minusSeconds(3600))), END);
		assertThat(d.outcome()).isEqualTo(Outcome.SOLD);
		assertThat(d.qualified()).containsExactly(2L);
		assertThat(d.lapsed()).containsExactly(1L);
	}

	@Test
	void twoOrMoreQualifiedBuyersConvert() {
		Decision d = CloseRules.decide(List.of(confirmed(1, END.minusSeconds(60)), confirmed(2, END), pending(3),
				confirmed(4, END.minusSeconds(86400))), END);
		assertThat(d.outcome()).isEqualTo(Outcome.CONVERTED);
		assertThat(d.qualified()).containsExactly(1L, 2L, 4L);
		assertThat(d.lapsed()).containsExactly(3L);
	}

	@Test
	void aDepositConfirmedAfterThePeriodDoesNotQualify() {
		Decision d = CloseRules.decide(List.of(confirmed(1, END.plusMillis(1)), confirmed(2, END.minusSeconds(1))), END);
		assertThat(d.outcome()).isEqualTo(Outcome.SOLD);
		assertThat(d.qualified()).containsExactly(2L);
		assertThat(d.lapsed()).containsExactly(1L);
	}

	@Test
	void releasedOrUnknownDepositsDoNotQualify() {
		Decision d = CloseRules.decide(List.of(new Candidate(1, DepositStatus.RELEASED, END.minusSeconds(10)),
				new Candidate(2, null, null)), END);
		assertThat(d.outcome()).isEqualTo(Outcome.UNSOLD);
		assertThat(d.lapsed()).containsExactly(1L, 2L);
	}
}
