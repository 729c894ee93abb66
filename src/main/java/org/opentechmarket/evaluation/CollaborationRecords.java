package org.opentechmarket.evaluation;

import java.time.LocalDate;
import java.util.Set;

/** Who worked with whom, as far as the platform knows (co-inventors on registered achievements): used by the CO_INVENTOR rule. */
public interface CollaborationRecords {

	/** People listed as inventors together with {@code person} (same name and organisation name) on records since the date. */
	Set<PersonRef> coInventorsOf(PersonRef person, LocalDate since);

	CollaborationRecords NONE = (person, since) -> Set.of();
}
