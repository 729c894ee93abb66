package org.opentechmarket.matching;

import java.util.Collection;
import java.util.List;

/** The matching engine over published achievements, for other modules (needs, subscriptions, the achievement page). */
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
}
