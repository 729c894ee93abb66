package org.opentechmarket.contract.web;

import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.RegistrationPoints;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The registrar's queue with each contract's remaining working days, and the administrator's coverage page. */
@Controller
class RegistrarController {

	private final ContractService contracts;
	private final RegistrationPoints points;
	private final CodeTables codes;

	RegistrarController(ContractService contracts, RegistrationPoints points, CodeTables codes) {
		this.contracts = contracts;
		this.points = points;
		this.codes = codes;
	}

	@GetMapping("/registrar/contracts")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		var queue = contracts.queue(user);
		model.addAttribute("queue", queue.stream().map(c -> new QueueRow(c, contracts.remainingWorkingDays(c))).toList());
		model.addAttribute("decided", contracts.register(user));
		model.addAttribute("point", contracts.point(user.organisationId()).orElse(null));
		return "contract/queue";
	}

	/** One queue row: the contract and its working days left. */
	record QueueRow(org.opentechmarket.contract.domain.Contract contract, Integer remaining) {
	}

	@GetMapping("/admin/contract-points")
	String coverage(java.util.Locale locale, Model model) {
		model.addAttribute("points", points.all());
		model.addAttribute("uncovered", points.uncoveredDistricts());
		model.addAttribute("districtCount", points.districtCount());
		model.addAttribute("regions", codes.regions());
		model.addAttribute("locale", locale);
		return "contract/coverage";
	}
}
