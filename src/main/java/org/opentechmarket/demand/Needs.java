package org.opentechmarket.demand;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.platform.CurrentUser;

/** The needs registry as other modules use it. */
public interface Needs {

	/** A need by id, whatever its status (callers decide what to show); empty when there is none. */
	Optional<NeedSummary> find(long id);

	/** These needs, whatever their status, in ascending id order (unknown ids are left out). */
	List<NeedSummary> findAll(Collection<Long> ids);

	/** Public needs (open or in talks) with an id above {@code afterId}, ascending by id, at most {@code limit} (≤ 1,000). */
	List<NeedSummary> open(long afterId, int limit);

	/**
	 * Whether this user manages the need: members of the owner enterprise with the enterprise role, whoever posted it on
	 * the enterprise's behalf, administrators (false for anonymous users and unknown needs).
	 */
	boolean managedBy(CurrentUser user, long needId);

	/** Organisations whose request to talk about the need is pending or accepted. */
	Set<Long> organisationsInTalks(long needId);

	/** The id an imported need had in the market it came from ({@code zjmarket:D00042}); empty for needs posted here. */
	Optional<String> externalId(long needId);
}
