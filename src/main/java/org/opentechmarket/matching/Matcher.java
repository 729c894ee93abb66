package org.opentechmarket.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The matching engine over published achievements and open needs, for other modules (needs, subscriptions, the achievement page). */
public interface Matcher {

	/** The best {@code n} published achievements for this need, best first; empty when nothing shares a term. */
	List<Match> match(NeedQuery need, int n);

	/** Published achievements most like this one (it excluded), best first; empty when it is not published. */
	List<Match> similar(long achievementId, int n);

	/**
	 * The strong matches (score at least {@link #strongMatchThreshold()}) among these published achievements, best first,
	 * at most {@code n}. Each is scored exactly as {@link #match} scores it, only the candidates are restricted: push uses it
	 * to match a saved search against the new achievements of a digest period. Unlike {@link #match}, the results are not
	 * checked against the registry one by one: the caller names achievements it knows to be published and checks again
	 * before it tells anyone.
	 */
	List<Match> strongMatchesAmong(NeedQuery need, Collection<Long> achievementIds, int n);

	/** Matches scoring at least this are strong matches; below it the page says no strong match was found. */
	double strongMatchThreshold();

	/**
	 * The open (public) needs most likely to want this published achievement, best first: candidates come from an index of
	 * open needs queried with the achievement's text and codes, and are ranked by the score of the need → achievement pair
	 * (as {@link #explain}); empty when the achievement is not published or no open need shares a term with it.
	 */
	List<NeedMatch> matchNeeds(long achievementId, int n);

	/**
	 * This one need → achievement pair, scored and explained exactly as {@link #match} would rank it; empty when the
	 * achievement is not published or shares no informative term with the need.
	 */
	Optional<Match> explain(NeedQuery need, long achievementId);
}
