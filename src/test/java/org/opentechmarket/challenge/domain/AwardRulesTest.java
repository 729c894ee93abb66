package org.opentechmarket.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ranking by panel score and whether an award follows it. */
class AwardRulesTest {

	static AwardRules.Scored s(long id, String score) {
		return new AwardRules.Scored(id, new BigDecimal(score));
	}

	static final List<AwardRules.Scored> FOUR = List.of(s(10, "78.50"), s(11, "91.00"), s(12, "78.5"), s(13, "60.00"));

	@Test
	void equalScoresShareARankAndTheNextRankSkips() {
		assertThat(AwardRules.ranks(FOUR)).containsExactly(java.util.Map.entry(11L, 1), java.util.Map.entry(10L, 2),
				java.util.Map.entry(12L, 2), java.util.Map.entry(13L, 4));
		assertThat(AwardRules.ranks(List.of())).isEmpty();
	}

	@Test
	void theTopOfTheRankingFollowsIt() {
		assertThat(AwardRules.followsRanking(Set.of(11L), FOUR)).isTrue();
		assertThat(AwardRules.followsRanking(Set.of(11L, 10L), FOUR)).isTrue();
		// either of two tied at the boundary
		assertThat(AwardRules.followsRanking(Set.of(11L, 12L), FOUR)).isTrue();
		assertThat(AwardRules.followsRanking(Set.of(11L, 10L, 12L, 13L), FOUR)).isTrue();
	}

	@Test
	void leavingOutABetterProposalDoesNot() {
		assertThat(AwardRules.followsRanking(Set.of(10L), FOUR)).isFalse();
		assertThat(AwardRules.followsRanking(Set.of(11L, 13L), FOUR)).isFalse();
		assertThat(AwardRules.followsRanking(Set.of(13L), List.of(s(13, "60"), s(14, "60.01")))).isFalse();
	}
}
