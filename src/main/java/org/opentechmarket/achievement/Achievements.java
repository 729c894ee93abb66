package org.opentechmarket.achievement;

import java.util.Collection;
import java.util.List;
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

	/**
	 * Any version of an achievement held by this organisation, whatever its status (for holder-side actions in other modules,
	 * e.g. inviting a broker to work on a draft); empty when it does not exist or another organisation holds it.
	 */
	Optional<AchievementSummary> findHeldBy(long id, long holderOrganisationId);

	/**
	 * The public (published or converted) achievements this organisation holds, most recently changed first, at most
	 * {@code limit} (≤ 500): for holder-side choices in other modules, e.g. which achievement to list or put to tender.
	 */
	List<AchievementSummary> publicHeldBy(long holderOrganisationId, int limit);

	/**
	 * Published achievements, newest first, in any of these discipline roots (GB/T 13745 level 1) or industry sections
	 * (GB/T 4754 letters) — any field when both are empty — and within any of these GB/T 2260 regions (a province or city code
	 * covers its districts; anywhere when empty). At most {@code limit} (≤ 200).
	 */
	List<AchievementSummary> recentPublished(Collection<String> disciplineRoots, Collection<String> industrySections,
			Collection<String> regionCodes, int limit);

	/** A published achievement's texts and codes for matching; empty when it does not exist or is not published. */
	Optional<AchievementProfile> publishedProfile(long id);

	/** Published achievements with an id above {@code afterId}, ascending by id, at most {@code limit} (≤ 1,000). */
	List<AchievementProfile> publishedProfiles(long afterId, int limit);

	/**
	 * A completed deal converted the achievement (domain/trading.md §Deal: completing a deal marks the achievement converted):
	 * the live public version of its lineage becomes {@code CONVERTED}, with the deal's reference as the conversion note.
	 * Idempotent: an achievement already converted (by this or an earlier deal, e.g. a second licence) stays as it is.
	 *
	 * @param dealReference the deal's stable reference, e.g. {@code trading:42}
	 * @return true when the achievement changed now
	 */
	boolean markConverted(long achievementId, String dealReference);

	/**
	 * The id an imported achievement had in the system it came from ({@code zjmarket:A00042}), for exports that must name
	 * records the way that system does (the matching feedback export); empty for achievements registered here.
	 */
	Optional<String> externalId(long id);
}
