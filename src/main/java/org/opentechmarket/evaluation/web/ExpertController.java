package org.opentechmarket.evaluation.web;

import org.opentechmarket.platform.FormErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.evaluation.domain.AssignmentStatus;
import org.opentechmarket.evaluation.domain.DeclineReason;
import org.opentechmarket.evaluation.domain.ExpertPool;
import org.opentechmarket.evaluation.domain.ExpertProfile;
import org.opentechmarket.evaluation.domain.Recommendation;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;
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

/** The expert's desk: invitations to answer, reviews to score, done ones; the score form; the own profile. */
@Controller
class ExpertController {

	private final ReviewService reviews;
	private final ExpertPool pool;
	private final CodeTables codes;

	ExpertController(ReviewService reviews, ExpertPool pool, CodeTables codes) {
		this.reviews = reviews;
		this.pool = pool;
		this.codes = codes;
	}

	private static void requireExpert(CurrentUser user) {
		if (user == null || !user.has(Role.EXPERT)) {
			throw DomainException.forbidden("expert.notExpert");
		}
	}

	@GetMapping("/expert")
	String desk(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireExpert(user);
		List<ReviewService.Task> tasks = reviews.tasks(user);
		model.addAttribute("invitations", tasks.stream().filter(t -> t.assignment().getStatus() == AssignmentStatus.INVITED).toList());
		model.addAttribute("toScore", tasks.stream().filter(t -> t.assignment().getStatus() == AssignmentStatus.ACCEPTED
				&& t.review().isOpen()).toList());
		model.addAttribute("done", tasks.stream().filter(t -> t.assignment().getStatus() == AssignmentStatus.SUBMITTED).toList());
		model.addAttribute("declineReasons", DeclineReason.values());
		Map<Long, Object> deadlines = new HashMap<>();
		tasks.forEach(t -> deadlines.put(t.review().getId(), reviews.deadlineDay(t.review())));
		model.addAttribute("deadlines", deadlines);
		return "evaluation/expert-desk";
	}

	@PostMapping("/expert/assignments/{id:[0-9]+}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String confirmNoConflict, @RequestParam(required = false) String conflict,
			RedirectAttributes redirect) {
		requireExpert(user);
		Boolean confirmed = conflict != null ? Boolean.FALSE : "true".equals(confirmNoConflict) ? Boolean.TRUE : null;
		try {
			reviews.accept(user, id, confirmed);
			redirect.addFlashAttribute("notice", Boolean.TRUE.equals(confirmed) ? "evaluation.accepted" : "evaluation.declined");
			return Boolean.TRUE.equals(confirmed) ? "redirect:/expert/assignments/" + id : "redirect:/expert";
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.INVALID) {
				redirect.addFlashAttribute("acceptError", id);
				return "redirect:/expert";
			}
			if ("evaluation.accept.recused".equals(e.code())) {
				redirect.addFlashAttribute("recused", e.args()[0]);
				return "redirect:/expert";
			}
			throw e;
		}
	}

	@PostMapping("/expert/assignments/{id:[0-9]+}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) DeclineReason reason, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		requireExpert(user);
		try {
			reviews.decline(user, id, reason, note);
			redirect.addFlashAttribute("notice", "evaluation.declined");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("declineError", id);
		}
		return "redirect:/expert";
	}

	@GetMapping("/expert/assignments/{id:[0-9]+}")
	String scoreForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireExpert(user);
		ReviewService.Task task = reviews.task(user, id);
		ScoreForm form = new ScoreForm();
		if (task.assignment().getStatus() == AssignmentStatus.SUBMITTED) {
			task.review().getCriteria().forEach(c -> form.getScores().add(task.assignment().getScores().get(c.getName())));
			form.setRecommendation(task.assignment().getRecommendation());
			form.setComments(task.assignment().getComments());
		}
		else {
			task.review().getCriteria().forEach(c -> form.getScores().add(null));
		}
		model.addAttribute("scoreForm", form);
		return scorePage(task, model);
	}

	private String scorePage(ReviewService.Task task, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("deadlineDay", reviews.deadlineDay(task.review()));
		model.addAttribute("recommendations", Recommendation.values());
		return "evaluation/score";
	}

	@PostMapping("/expert/assignments/{id:[0-9]+}/scores")
	String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("scoreForm") ScoreForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireExpert(user);
		ReviewService.Task task = reviews.task(user, id);
		if (binding.hasErrors()) {
			return scorePage(task, model);
		}
		Map<String, Integer> scores = new HashMap<>();
		var criteria = task.review().getCriteria();
		for (int i = 0; i < criteria.size() && i < form.getScores().size(); i++) {
			if (form.getScores().get(i) != null) {
				scores.put(criteria.get(i).getName(), form.getScores().get(i));
			}
		}
		try {
			reviews.submit(user, id, scores, form.getRecommendation(), form.getComments());
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			FormErrors.bind(binding, e.violations());
			return scorePage(task, model);
		}
		redirect.addFlashAttribute("notice", "evaluation.submitted");
		return "redirect:/expert";
	}

	// ------------------------------------------------------------------ profile

	@GetMapping("/expert/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireExpert(user);
		ExpertProfile p = pool.own(user);
		model.addAttribute("profileForm", ProfileForm.of(p));
		return profilePage(user, p, model);
	}

	private String profilePage(CurrentUser user, ExpertProfile p, Model model) {
		model.addAttribute("profile", p);
		model.addAttribute("organisationName", user.organisationName());
		model.addAttribute("codes", codes);
		return "evaluation/profile";
	}

	@PostMapping("/expert/profile")
	String saveProfile(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireExpert(user);
		if (binding.hasErrors()) {
			return profilePage(user, pool.own(user), model);
		}
		try {
			pool.edit(user, form.toEdit());
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			FormErrors.bind(binding, e.violations());
			return profilePage(user, pool.own(user), model);
		}
		redirect.addFlashAttribute("notice", "expert.profile.saved");
		return "redirect:/expert/profile";
	}
}
