package org.opentechmarket.challenge;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What other modules may know of a challenge: its public facts. The bounty is in yuan ({@code bountyAmount} null when
 * 面议); the application window runs from the first moment of {@code opensOn} to the end of {@code closesOn}.
 */
public record ChallengeSummary(long id, long posterOrganisationId, String posterName, ChallengeStatus status, String title,
		String industryCode, String disciplineCode, boolean bountyNegotiable, BigDecimal bountyAmount, LocalDate opensOn,
		LocalDate closesOn, Long needId) {
}
