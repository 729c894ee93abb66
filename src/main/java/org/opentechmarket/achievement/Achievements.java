package org.opentechmarket.achievement;

import java.util.Optional;

/** The registry's public face for other modules. */
public interface Achievements {

	Optional<AchievementSummary> find(long id);
}
