package org.opentechmarket.broker.domain;

import java.time.Year;

import org.opentechmarket.broker.BrokerReputation;
import org.opentechmarket.broker.ReputationSummary;
import org.opentechmarket.institution.Feedback;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.FeedbackSummary;
import org.springframework.stereotype.Component;

/** Clients' ratings and complaints about a broker come from the moderated feedback of the institution module. */
@Component
class FeedbackReputation implements BrokerReputation {

	private final Feedback feedback;

	FeedbackReputation(Feedback feedback) {
		this.feedback = feedback;
	}

	@Override
	public ReputationSummary forBroker(long userId, Year year) {
		FeedbackSummary summary = feedback.summary(FeedbackSubject.broker(userId), year);
		return new ReputationSummary(summary.ratings(), summary.averageRating(), summary.upheldComplaints(), true);
	}
}
