package org.opentechmarket.broker.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.BrokerView;
import org.opentechmarket.broker.domain.EvaluationService;
import org.opentechmarket.institution.Feedback;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public broker directory and profiles: grade, institution, fields, regions, points, evaluations; no contact data. */
@Controller
class BrokerDirectoryController {

	private final BrokerService brokers;
	private final EvaluationService evaluations;
	private final Feedback feedback;
	private final UserAccounts accounts;
	private final Clock clock;

	BrokerDirectoryController(BrokerService brokers, EvaluationService evaluations, Feedback feedback, UserAccounts accounts,
			Clock clock) {
		this.brokers = brokers;
		this.evaluations = evaluations;
		this.feedback = feedback;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/brokers")
	String directory(Locale locale, Model model) {
		List<BrokerView> all = brokers.directory(locale);
		model.addAttribute("brokers", all);
		return "broker/directory";
	}

	@GetMapping("/brokers/{userId:[0-9]+}")
	String profile(@PathVariable long userId, @AuthenticationPrincipal CurrentUser viewer, Locale locale, Model model) {
		BrokerView broker = brokers.publicView(userId, locale);
		// clients rate and complain through the institution module's moderated feedback (forms post to /feedback/brokers/…)
		model.addAttribute("reputation", feedback.summary(FeedbackSubject.broker(userId), Year.now(clock)));
		long brokerOrganisation = accounts.findUser(userId).map(CurrentUser::organisationId).orElse(-1L);
		model.addAttribute("signedIn", viewer != null);
		model.addAttribute("canGiveFeedback", viewer != null && viewer.organisationId() != brokerOrganisation);
		model.addAttribute("broker", broker);
		model.addAttribute("evaluations", evaluations.evaluationsOf(userId));
		model.addAttribute("works", brokers.worksOf(userId));
		return "broker/profile";
	}
}
