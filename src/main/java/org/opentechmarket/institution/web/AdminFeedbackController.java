package org.opentechmarket.institution.web;

import java.util.List;

import org.opentechmarket.institution.domain.ComplaintStatus;
import org.opentechmarket.institution.domain.FeedbackService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation: pending ratings are approved or rejected; complaints are investigated and upheld or dismissed. */
@Controller
class AdminFeedbackController {

	private final FeedbackService feedback;
	private final Labels labels;

	AdminFeedbackController(FeedbackService feedback, Labels labels) {
		this.feedback = feedback;
		this.labels = labels;
	}

	@GetMapping("/admin/feedback")
	String queue(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("ratings", feedback.pendingRatings(admin));
		model.addAttribute("complaints", feedback.openComplaints(admin));
		return "institution/admin-feedback";
	}

	@PostMapping("/admin/feedback/ratings/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "feedback.rating.approved", () -> feedback.approve(admin, id));
	}

	@PostMapping("/admin/feedback/ratings/{id}/reject")
	String reject(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, "feedback.rating.rejected", () -> feedback.reject(admin, id, reason));
	}

	@PostMapping("/admin/feedback/complaints/{id}/status")
	String complaint(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String target, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, "feedback.complaint.updated", () -> {
			ComplaintStatus parsed;
			try {
				parsed = ComplaintStatus.valueOf(target == null ? "" : target);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid(List.of(FieldViolation.of("target", "validation.required")));
			}
			feedback.moveComplaint(admin, id, parsed, reason);
		});
	}

	private String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("errors",
					e.violations().stream().map(v -> labels.message(v.code(), v.argsArray())).toList());
		}
		return "redirect:/admin/feedback";
	}
}
