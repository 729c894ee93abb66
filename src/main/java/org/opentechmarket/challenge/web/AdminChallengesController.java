package org.opentechmarket.challenge.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.opentechmarket.challenge.domain.ChallengeReviews;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' desk: the light review of submitted calls (no advertising, no contact data, a whole window), opening
 * the expert reviews of a call whose window has closed, and the calls under way.
 */
@Controller
class AdminChallengesController {

	private final ChallengeService service;
	private final ChallengeReviews reviews;
	private final MessageSource messages;

	AdminChallengesController(ChallengeService service, ChallengeReviews reviews, MessageSource messages) {
		this.service = service;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/admin/challenges")
	String desk(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("desk", service.adminDesk(admin));
		model.addAttribute("panelSize", service.rules().properties().panelSize());
		return "challenge/admin";
	}

	@PostMapping("/admin/challenges/{id:[0-9]+}/approve")
	String approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			service.approve(admin, id);
			redirect.addFlashAttribute("notice", "challenge.approved");
		}
		catch (DomainException e) {
			refused(e, redirect);
		}
		return "redirect:/admin/challenges";
	}

	@PostMapping("/admin/challenges/{id:[0-9]+}/return")
	String giveBack(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		try {
			service.returnForChanges(admin, id, reasons);
			redirect.addFlashAttribute("notice", "challenge.returned");
		}
		catch (DomainException e) {
			refused(e, redirect);
		}
		return "redirect:/admin/challenges";
	}

	@PostMapping("/admin/challenges/{id:[0-9]+}/reviews")
	String openReviews(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) Integer panelSize,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect) {
		try {
			reviews.open(admin, id, panelSize, deadline);
			redirect.addFlashAttribute("notice", "challenge.review.opened");
		}
		catch (DomainException e) {
			refused(e, redirect);
		}
		return "redirect:/admin/challenges#reviewing";
	}

	/** Shown at the top of the desk; refusals other than invalid input and conflicts go to the error page. */
	private void refused(DomainException e, RedirectAttributes redirect) {
		if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
			throw e;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String text = e.violations().isEmpty() ? messages.getMessage(e.code(), e.args(), e.code(), locale)
				: e.violations().stream().map(v -> messages.getMessage(v.code(), v.argsArray(), v.code(), locale))
					.collect(Collectors.joining(" "));
		redirect.addFlashAttribute("deskError", text);
	}
}
