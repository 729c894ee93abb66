package org.opentechmarket.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.Feedback;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.FeedbackSummary;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Brokers' client ratings and complaints are the institution module's moderated feedback, in the evaluation and on the profile. */
@PlatformTest
class BrokerFeedbackIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	BrokerReputation reputation;
	@Autowired
	Feedback feedback;
	@Autowired
	UserAccounts accounts;
	@Autowired
	Clock clock;

	@Test
	void theEvaluationReadsTheModeratedFeedback() {
		CurrentUser broker = accounts.loadUser("demo-broker").orElseThrow();
		Year year = Year.now(clock);
		FeedbackSummary moderated = feedback.summary(FeedbackSubject.broker(broker.id()), year);
		ReputationSummary used = reputation.forBroker(broker.id(), year);
		assertThat(used.sourceAvailable()).isTrue();
		assertThat(used.ratings()).isEqualTo(moderated.ratings());
		assertThat(used.averageRating()).isEqualTo(moderated.averageRating());
		assertThat(used.upheldComplaints()).isEqualTo(moderated.upheldComplaints());
	}

	@Test
	void clientsFromOtherOrganisationsGetTheFormsColleaguesAndVisitorsDoNot() throws Exception {
		CurrentUser broker = accounts.loadUser("demo-broker").orElseThrow();
		String form = "/feedback/brokers/" + broker.id() + "/rate";
		mvc.perform(get("/brokers/{id}", broker.id()).with(user(accounts.loadUser("demo-enterprise").orElseThrow())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"broker-average-rating\"")))
			.andExpect(content().string(containsString(form)));
		// a colleague at the same transfer institution
		mvc.perform(get("/brokers/{id}", broker.id()).with(user(accounts.loadUser("demo-expert5").orElseThrow())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(form))));
		mvc.perform(get("/brokers/{id}", broker.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(form))));
	}
}
