package org.opentechmarket.broker.web;

import java.util.List;
import java.util.Locale;

import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.BrokerView;
import org.opentechmarket.broker.domain.EvaluationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public broker directory and profiles: grade, institution, fields, regions, points, evaluations; no contact data. */
@Controller
class DirectoryController {

	private final BrokerService brokers;
	private final EvaluationService evaluations;

	DirectoryController(BrokerService brokers, EvaluationService evaluations) {
		this.brokers = brokers;
		this.evaluations = evaluations;
	}

	@GetMapping("/brokers")
	String directory(Locale locale, Model model) {
		List<BrokerView> all = brokers.directory(locale);
		model.addAttribute("brokers", all);
		return "broker/directory";
	}

	@GetMapping("/brokers/{userId:[0-9]+}")
	String profile(@PathVariable long userId, Locale locale, Model model) {
		BrokerView broker = brokers.publicView(userId, locale);
		model.addAttribute("broker", broker);
		model.addAttribute("evaluations", evaluations.evaluationsOf(userId));
		model.addAttribute("works", brokers.worksOf(userId));
		return "broker/profile";
	}
}
