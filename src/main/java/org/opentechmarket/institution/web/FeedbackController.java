package org.opentechmarket.institution.web;

import java.util.List;

import org.opentechmarket.institution.FeedbackSubject;
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

/**
 * Ratings and complaints about brokers (posted from the broker module's public profile /brokers/{userId}, which shows the
 * errors this controller flashes back: {@code feedbackErrors}, a list of messages), and each user's complaints page.
 */
@Controller
class FeedbackController {

	private final FeedbackService feedback;
	private final Labels labels;

	FeedbackController(FeedbackService feedback, Labels labels) {
		this.feedback = feedback;
		this.labels = labels;
	}

	@PostMapping("/feedback/brokers/{userId}/rate")
	String rateBroker(@AuthenticationPrincipal CurrentUser user, @PathVariable long userId,
			@RequestParam(required = false) String score, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		Integer value = parse(score);
		return back(userId, redirect, "feedback.rating.received", () -> {
			if (score != null && !score.isBlank() && value == null) {
				throw DomainException.invalid(List.of(FieldViolation.of("score", "feedback.score.range", 1, 5)));
			}
			feedback.rate(user, FeedbackSubject.broker(userId), value, comment);
		});
	}

	@PostMapping("/feedback/brokers/{userId}/complain")
	String complainAboutBroker(@AuthenticationPrincipal CurrentUser user, @PathVariable long userId,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		return back(userId, redirect, "feedback.complaint.received",
				() -> feedback.complain(user, FeedbackSubject.broker(userId), description));
	}

	private String back(long userId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("feedbackErrors",
					e.violations().stream().map(v -> labels.message(v.code(), v.argsArray())).toList());
		}
		return "redirect:/brokers/" + userId;
	}

	private static Integer parse(String score) {
		try {
			return score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	@GetMapping("/feedback/complaints")
	String complaints(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("complaints", feedback.complaintsOf(user));
		return "institution/complaints";
	}

	@PostMapping("/feedback/complaints/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String response, RedirectAttributes redirect) {
		try {
			feedback.respond(user, id, response);
			redirect.addFlashAttribute("notice", "feedback.complaint.responded");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("respondError", id);
			redirect.addFlashAttribute("respondErrorText",
					labels.message(e.violations().get(0).code(), e.violations().get(0).argsArray()));
		}
		return "redirect:/feedback/complaints";
	}
}
