package org.opentechmarket.demand.web;

import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' light review of submitted needs: no advertising, no personal data in the public text. */
@Controller
class AdminNeedsController {

	private final NeedService service;

	AdminNeedsController(NeedService service) {
		this.service = service;
	}

	@GetMapping("/admin/needs")
	String queue(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("needs", service.reviewQueue(admin));
		return "demand/admin-review";
	}

	@PostMapping("/admin/needs/{id:[0-9]+}/approve")
	String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			service.approve(admin, id);
			redirect.addFlashAttribute("notice", "need.approved");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
				throw e;
			}
			redirect.addFlashAttribute("reviewError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
		}
		return "redirect:/admin/needs";
	}

	@PostMapping("/admin/needs/{id:[0-9]+}/return")
	String giveBack(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam String reasons,
			RedirectAttributes redirect) {
		try {
			service.returnForChanges(admin, id, reasons);
			redirect.addFlashAttribute("notice", "need.returned");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("reviewError", "need.review.reasonsRequired");
		}
		return "redirect:/admin/needs";
	}
}
