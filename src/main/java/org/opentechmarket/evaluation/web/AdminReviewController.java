package org.opentechmarket.evaluation.web;

import org.opentechmarket.platform.FormErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.evaluation.CriterionSpec;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.evaluation.domain.EvaluationProperties;
import org.opentechmarket.evaluation.domain.Review;
import org.opentechmarket.evaluation.domain.ReviewDraw;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the list of expert reviews, opening one, and one review's panel, exclusions, draws, scores and result. */
@Controller
class AdminReviewController {

	private final ReviewService service;
	private final EvaluationProperties properties;

	AdminReviewController(ReviewService service, EvaluationProperties properties) {
		this.service = service;
		this.properties = properties;
	}

	@GetMapping({ "/admin/expert-reviews", "/admin/expert-reviews/new" })
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) ReviewSubjectType subjectType,
			@RequestParam(required = false) Long subjectId, Model model) {
		OpenForm form = new OpenForm();
		if (subjectType != null) {
			form.setSubjectType(subjectType);
		}
		form.setSubjectId(subjectId);
		model.addAttribute("openForm", form);
		return listPage(admin, model);
	}

	private String listPage(CurrentUser admin, Model model) {
		model.addAttribute("reviews", service.recent(admin));
		model.addAttribute("subjectTypes", ReviewSubjectType.values());
		model.addAttribute("visibilities", ReviewVisibility.values());
		model.addAttribute("defaultVisibility", properties.visibility());
		model.addAttribute("panelSizeMax", properties.panelSizeMax());
		return "evaluation/admin-reviews";
	}

	@PostMapping("/admin/expert-reviews")
	String open(@AuthenticationPrincipal CurrentUser admin, @ModelAttribute("openForm") OpenForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return listPage(admin, model);
		}
		List<FieldViolation> violations = new ArrayList<>();
		List<CriterionSpec> criteria = form.criteria(violations);
		if (!violations.isEmpty()) {
			FormErrors.bind(binding, violations);
			return listPage(admin, model);
		}
		try {
			Review review = service.openReview(admin, new OpenReview(form.getSubjectType(), form.getSubjectId(),
					form.getPanelSize(), criteria, form.getDeadline(), form.isAnonymous(), form.getVisibility(),
					form.getPassThreshold()));
			redirect.addFlashAttribute("notice", "evaluation.opened");
			return "redirect:/admin/expert-reviews/" + review.getId();
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.INVALID && !e.violations().isEmpty()) {
				List<FieldViolation> mapped = e.violations().stream()
					.map(v -> v.field().startsWith("criteria[") ? new FieldViolation("criteriaText", v.code(), v.args()) : v)
					.toList();
				FormErrors.bind(binding, mapped);
			}
			else {
				model.addAttribute("openError", e);
			}
			return listPage(admin, model);
		}
	}

	@GetMapping("/admin/expert-reviews/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
		Review review = service.adminView(admin, id);
		List<ReviewDraw> draws = service.draws(id);
		model.addAttribute("review", review);
		model.addAttribute("deadlineDay", service.deadlineDay(review));
		model.addAttribute("panel", service.panel(id));
		model.addAttribute("draws", draws);
		model.addAttribute("score", service.panelScore(id));
		model.addAttribute("trimmed", service.trimmed(id));
		model.addAttribute("outcomes", ReviewOutcome.values());
		Map<String, Integer> criteriaIndex = new LinkedHashMap<>();
		review.getCriteria().forEach(c -> criteriaIndex.put(c.getName(), criteriaIndex.size()));
		model.addAttribute("criteriaIndex", criteriaIndex);
		return "evaluation/admin-review";
	}

	@PostMapping("/admin/expert-reviews/{id:[0-9]+}/draws/{round:[0-9]+}/verify")
	String verify(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @PathVariable int round,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", service.verify(admin, id, round));
		return "redirect:/admin/expert-reviews/" + id + "#draw-" + round;
	}

	@PostMapping("/admin/expert-reviews/{id:[0-9]+}/close")
	String close(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		service.close(admin, id);
		redirect.addFlashAttribute("notice", "evaluation.closed");
		return "redirect:/admin/expert-reviews/" + id;
	}

	@PostMapping("/admin/expert-reviews/{id:[0-9]+}/publish")
	String publish(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) ReviewOutcome outcome, @RequestParam(required = false) String reasons,
			RedirectAttributes redirect) {
		try {
			service.publish(admin, id, outcome, reasons);
			redirect.addFlashAttribute("notice", "evaluation.published");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("publishErrors", e.violations());
			redirect.addFlashAttribute("reasons", reasons);
		}
		return "redirect:/admin/expert-reviews/" + id;
	}

	@PostMapping("/admin/expert-reviews/{id:[0-9]+}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			service.cancel(admin, id, reason);
			redirect.addFlashAttribute("notice", "evaluation.cancelled");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("cancelErrors", e.violations());
		}
		return "redirect:/admin/expert-reviews/" + id;
	}
}
