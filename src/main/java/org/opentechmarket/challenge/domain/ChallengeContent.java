package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opentechmarket.people.OrganisationType;

/**
 * What the poster writes: the public call. Money in yuan ({@code bountyAmount} null with 面议); the window from the start of
 * {@code opensOn} to the end of {@code closesOn} (platform time zone).
 */
public record ChallengeContent(String title, String problem, String targets, String industryCode, String disciplineCode,
		String regionCode, boolean bountyNegotiable, BigDecimal bountyAmount, Set<OrganisationType> eligibleTypes,
		String eligibleRegionCode, boolean jointTeamsAllowed, String eligibilityNotes, LocalDate opensOn,
		LocalDate closesOn, ReviewMethod reviewMethod, boolean anonymousReview, List<Criterion> criteria, Integer winnersMax,
		boolean postSubsidy, String awardRules) {

	/** One review criterion as written on the form. */
	public record Criterion(String name, BigDecimal weight) {
	}
}
