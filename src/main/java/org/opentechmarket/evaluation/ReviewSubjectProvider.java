package org.opentechmarket.evaluation;

import java.util.Optional;

/** Implemented by the module owning a kind of review subject (achievements, challenge applications, tender offers…). */
public interface ReviewSubjectProvider {

	ReviewSubjectType type();

	Optional<ReviewSubject> find(long id);
}
