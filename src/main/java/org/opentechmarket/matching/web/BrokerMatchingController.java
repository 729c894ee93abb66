package org.opentechmarket.matching.web;

import java.util.Locale;

import org.opentechmarket.matching.domain.BrokerPairs;
import org.opentechmarket.matching.domain.BrokerRequestService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The broker's side of matching: pairs worth a call, and needs whose owners asked for a broker. */
@Controller
class BrokerMatchingController {

	private final BrokerPairs pairs;
	private final BrokerRequestService requests;

	BrokerMatchingController(BrokerPairs pairs, BrokerRequestService requests) {
		this.pairs = pairs;
		this.requests = requests;
	}

	@GetMapping("/broker/pairs")
	String pairs(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("p", pairs.forBroker(user, locale));
		return "matching/broker-pairs";
	}

	@GetMapping("/broker/need-requests")
	String requests(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("list", requests.forBroker(user));
		return "matching/broker-requests";
	}

	@PostMapping("/broker/need-requests/{id:[0-9]+}/take")
	String take(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		requests.take(user, id);
		redirect.addFlashAttribute("notice", "matching.brokerRequest.taken");
		return "redirect:/broker/need-requests";
	}
}
