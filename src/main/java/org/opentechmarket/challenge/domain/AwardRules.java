package org.opentechmarket.challenge.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking a poster's award is measured against. Pure: the candidates are the applications that passed the expert
 * review, each with its panel score.
 */
public final class AwardRules {

	private AwardRules() {
	}

	/** A candidate for the award: an application and its panel score (0–100). */
	public record Scored(long applicationId, BigDecimal score) {
	}

	/**
	 * Standard competition ranking by score, highest first ("1224"): equal scores share a rank, the next rank skips.
	 *
	 * @return rank per application id, in ranking order (ties by application id, i.e. by order of application)
	 */
	public static Map<Long, Integer> ranks(Collection<Scored> candidates) {
		List<Scored> sorted = candidates.stream()
			.sorted(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::applicationId))
			.toList();
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			boolean tie = i > 0 && sorted.get(i).score().compareTo(sorted.get(i - 1).score()) == 0;
			ranks.put(sorted.get(i).applicationId(), tie ? ranks.get(sorted.get(i - 1).applicationId()) : i + 1);
		}
		return ranks;
	}

	/**
	 * Whether naming {@code winners} follows the ranking: no candidate left out scored higher than a winner (with ties at the
	 * boundary, any of the tied may be chosen). A decision that does not follow it needs a written reason.
	 */
	public static boolean followsRanking(Set<Long> winners, Collection<Scored> candidates) {
		BigDecimal lowestWinner = null;
		BigDecimal highestOther = null;
		for (Scored s : candidates) {
			if (winners.contains(s.applicationId())) {
				lowestWinner = lowestWinner == null || s.score().compareTo(lowestWinner) < 0 ? s.score() : lowestWinner;
			}
			else {
				highestOther = highestOther == null || s.score().compareTo(highestOther) > 0 ? s.score() : highestOther;
			}
		}
		return lowestWinner == null || highestOther == null || lowestWinner.compareTo(highestOther) >= 0;
	}
}
