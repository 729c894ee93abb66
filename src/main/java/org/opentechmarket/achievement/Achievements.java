package org.opentechmarket.achievement;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The registry's public face for other modules. */
public interface Achievements {

	Optional<AchievementSummary> find(long id);

	/**
	 * Published achievements matching the finance module's criteria (minimum TRL, IP-backed, only these ids, text, region,
	 * industry), newest first.
	 */
	Page<FinanceableAchievement> financeable(FinanceableAchievement.Criteria criteria, Pageable page);
}
