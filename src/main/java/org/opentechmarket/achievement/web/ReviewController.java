package org.opentechmarket.achievement.web;

import org.opentechmarket.achievement.domain.AchievementService;
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

/** Formal review (形式审查) and the notice's objections, for administrators. */
@Controller
class ReviewController {

	private final AchievementService service;

	ReviewController(AchievementService service) {
		this.service = service;
	}

	@GetMapping("/admin/reviews")
	String queue(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("queue", service.reviewQueue(admin));
		model.addAttribute("objections", service.openObjections(admin));
		return "achievement/reviews";
	}

	@PostMapping("/admin/reviews/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			service.approve(admin, id);
			redirect.addFlashAttribute("notice", "review.approved");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("reviewErrors", e.violations());
		}
		return "redirect:/achievements/" + id;
	}

	@PostMapping("/admin/reviews/{id}/return")
	String returnForChanges(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return withReason(() -> service.returnForChanges(admin, id, reason), "review.returned", id, redirect);
	}

	@PostMapping("/admin/reviews/{id}/reject")
	String reject(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return withReason(() -> service.reject(admin, id, reason), "review.rejected", id, redirect);
	}

	@PostMapping("/admin/objections/{id}/resolve")
	String resolve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean upheld,
			@RequestParam(required = false) String resolution, @RequestParam long achievement, RedirectAttributes redirect) {
		return withReason(() -> service.resolveObjection(admin, id, upheld, resolution),
				upheld ? "objection.upheld" : "objection.dismissed", achievement, redirect);
	}

	@PostMapping("/admin/notices/publish-due")
	String publishDue(@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (!admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		int count = service.publishDueNotices();
		redirect.addFlashAttribute("publishedCount", count);
		redirect.addFlashAttribute("notice", "review.publishedDue");
		return "redirect:/admin/reviews";
	}

	private String withReason(Runnable action, String notice, long id, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("reasonError", "validation.reasonRequired");
		}
		return "redirect:/achievements/" + id;
	}
}
