package org.opentechmarket.trading.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.domain.Deposit;
import org.opentechmarket.trading.domain.DepositService;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: deposits awaiting confirmation (with the bank reference) and confirmed ones to release or forfeit. */
@Controller
class AdminDepositsController {

	private final DepositService deposits;
	private final Organisations organisations;
	private final MessageSource messages;

	AdminDepositsController(DepositService deposits, Organisations organisations, MessageSource messages) {
		this.deposits = deposits;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/admin/deposits")
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<Deposit> open = deposits.open(admin);
		Map<Long, String> payers = new HashMap<>();
		for (Deposit d : open) {
			payers.computeIfAbsent(d.getPayerOrganisationId(), id -> organisations.find(id)
				.map(OrganisationSummary::name)
				.orElse("#" + id));
		}
		model.addAttribute("deposits", open);
		model.addAttribute("payers", payers);
		return "trading/admin-deposits";
	}

	@PostMapping("/admin/deposits/{id:[0-9]+}/{action:confirm|release|forfeit}")
	String act(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String bankReference, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			switch (action) {
				case "confirm" -> deposits.confirm(id, admin, bankReference);
				case "release" -> deposits.release(admin, id, reason);
				default -> deposits.forfeit(admin, id, reason);
			}
			redirect.addFlashAttribute("notice", switch (action) {
				case "confirm" -> "deposit.confirmed";
				case "release" -> "deposit.released";
				default -> "deposit.forfeited";
			});
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/admin/deposits";
	}
}
