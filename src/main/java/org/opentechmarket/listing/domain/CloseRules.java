package org.opentechmarket.listing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.trading.DepositStatus;

/**
 * The close of a listing (domain/trading.md §Listing) as a pure decision over the active intents and their deposits. A buyer
 * is qualified when its deposit was confirmed no later than the end of the period; the deposit's state is the source of truth
 * (the DepositConfirmed event only shows the qualification on the pages earlier). No qualified buyer: unsold; exactly one: a
 * deal at the listing price; two or more: the route the seller chose (auction or tender) among them. Everyone else lapses and
 * gets the deposit back.
 */
public final class CloseRules {

	private CloseRules() {
	}

	public enum Outcome {
		UNSOLD, SOLD, CONVERTED
	}

	/** An active intent at the close, with the state of its deposit ({@code confirmedAt} null when not confirmed). */
	public record Candidate(long intentId, DepositStatus depositStatus, Instant confirmedAt) {

		boolean qualifiedBy(Instant end) {
			return depositStatus == DepositStatus.CONFIRMED && confirmedAt != null && !confirmedAt.isAfter(end);
		}
	}

	public record Decision(Outcome outcome, List<Long> qualified, List<Long> lapsed) {
	}

	public static Decision decide(List<Candidate> active, Instant periodEnd) {
		List<Long> qualified = new ArrayList<>();
		List<Long> lapsed = new ArrayList<>();
		for (Candidate c : active) {
			(c.qualifiedBy(periodEnd) ? qualified : lapsed).add(c.intentId());
		}
		Outcome outcome = switch (qualified.size()) {
			case 0 -> Outcome.UNSOLD;
			case 1 -> Outcome.SOLD;
			default -> Outcome.CONVERTED;
		};
		return new Decision(outcome, List.copyOf(qualified), List.copyOf(lapsed));
	}
}
