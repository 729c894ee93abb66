package org.opentechmarket.challenge;

import java.util.List;
import java.util.Optional;

/** The challenges registry as other modules use it. */
public interface Challenges {

	/** A challenge's public summary whatever its status (callers decide what to show); empty when there is none. */
	Optional<ChallengeSummary> find(long id);

	/** Challenges posted from a need (newest first), e.g. for the need's page. */
	List<ChallengeSummary> fromNeed(long needId);
}
