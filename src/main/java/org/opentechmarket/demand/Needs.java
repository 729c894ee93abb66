package org.opentechmarket.demand;

import java.util.Optional;

/** The needs registry as other modules use it. */
public interface Needs {

	/** A need by id, whatever its status (callers decide what to show); empty when there is none. */
	Optional<NeedSummary> find(long id);
}
