package org.opentechmarket.people.internal;

import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators verify organisations after checking their documents. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final AccountService accounts;

	OrganisationAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", accounts.allOrganisations());
		return "people/admin-organisations";
	}

	@PostMapping("/{id}/verify")
	String verify(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		accounts.verify(id, admin);
		redirect.addFlashAttribute("notice", "organisation.verified.done");
		return "redirect:/admin/organisations";
	}

	@PostMapping("/{id}/unverify")
	String unverify(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		accounts.revokeVerification(id, admin);
		redirect.addFlashAttribute("notice", "organisation.unverified");
		return "redirect:/admin/organisations";
	}
}
