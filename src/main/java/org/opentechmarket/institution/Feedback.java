package org.opentechmarket.institution;

import java.time.Year;

/**
 * Client ratings and complaints after moderation, as other modules read them (e.g. the broker module's yearly evaluation).
 * Only ratings an administrator approved count; only complaints an administrator upheld count.
 */
public interface Feedback {

	FeedbackSummary summary(FeedbackSubject subject, Year year);
}
