package org.opentechmarket.challenge.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.domain.ApplicationStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ChallengeFile;
import org.opentechmarket.challenge.domain.ChallengeReviews;
import org.opentechmarket.challenge.domain.ChallengeRules;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.Milestone;
import org.opentechmarket.challenge.domain.ProgressReport;
import org.opentechmarket.challenge.domain.ReviewMethod;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.platform.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The poster's side: "my challenges", the form (new, from a need, edit), submit, cancel, the call's files, and the management
 * page of one challenge (applications with their review results once the window is over, the award, milestones, progress
 * reports, confirmations and acceptance). Administrators use the same pages for any challenge.
 */
@Controller
class MyChallengesController {

	private final ChallengeService service;
	private final ChallengeReviews reviews;
	private final CodeTables codes;
	private final Clock clock;

	MyChallengesController(ChallengeService service, ChallengeReviews reviews, CodeTables codes, Clock clock) {
		this.service = service;
		this.reviews = reviews;
		this.codes = codes;
		this.clock = clock;
	}

	@GetMapping("/my/challenges")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("challenges", service.mine(user));
		model.addAttribute("mayPost", mayPost(user));
		return "challenge/mine";
	}

	@GetMapping("/my/challenges/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long need, Model model) {
		if (!mayPost(user)) {
			throw DomainException.forbidden("challenge.post.enterpriseOnly");
		}
		ChallengeForm form = service.ownNeed(user, need)
			.map(n -> ChallengeForm.fromNeed(service.rules().properties(), n))
			.orElseGet(() -> ChallengeForm.blank(service.rules().properties()));
		return form(user, form, null, model);
	}

	@PostMapping("/my/challenges")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ChallengeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(user, form, null, model);
		}
		try {
			Challenge c = service.create(user, form.toContent(), form.getNeedId());
			redirect.addFlashAttribute("notice", "challenge.saved");
			return "redirect:/my/challenges/" + c.getId() + "/edit";
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, null, model);
		}
	}

	@GetMapping("/my/challenges/{id:[0-9]+}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Challenge c = managed(user, id);
		return form(user, ChallengeForm.of(service.content(c)), c, model);
	}

	@PostMapping("/my/challenges/{id:[0-9]+}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ChallengeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Challenge c = managed(user, id);
		if (binding.hasErrors()) {
			return form(user, form, c, model);
		}
		try {
			service.edit(user, id, form.toContent());
			redirect.addFlashAttribute("notice", "challenge.saved");
			return "redirect:/my/challenges/" + id + "/edit";
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, c, model);
		}
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			Challenge c = service.submit(user, id);
			redirect.addFlashAttribute("notice", c.getStatus() == ChallengeStatus.SUBMITTED ? "challenge.submitted"
					: "challenge.posted");
			return "redirect:/my/challenges";
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
				throw e;
			}
			Challenge c = managed(user, id);
			ChallengeForm form = ChallengeForm.of(service.content(c));
			BindingResult binding = new BeanPropertyBindingResult(form.withEmptyRows(), "form");
			if (e.kind() == DomainException.Kind.INVALID) {
				FormErrors.bind(binding, e);
			}
			else {
				binding.reject(e.code(), e.args(), e.code());
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
			return form(user, form, c, model);
		}
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			service.cancel(user, id, reason);
			redirect.addFlashAttribute("notice", "challenge.cancelled");
			return "redirect:/my/challenges";
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("cancelError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
			return "redirect:/my/challenges/" + id + "#cancel";
		}
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/files")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw DomainException.invalid(List.of(FieldViolation.of("file", "challenge.file.empty")));
			}
			service.addFile(user, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "challenge.file.added");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("fileError", FileErrors.of(e));
		}
		return "redirect:/my/challenges/" + id + "/edit#files";
	}

	@PostMapping("/my/challenges/files/{fileId:[0-9]+}/delete")
	String detach(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId, @RequestParam long challenge,
			RedirectAttributes redirect) {
		service.removeFile(user, fileId);
		redirect.addFlashAttribute("notice", "challenge.file.removed");
		return "redirect:/my/challenges/" + challenge + "/edit#files";
	}

	// ------------------------------------------------------------------ the management page

	/** One application as the poster sees it once the window is over: its review (status, score, outcome, reader link). */
	public record ApplicationRow(ChallengeApplication application, ReviewSummary review, String reviewLink) {
	}

	/** One winner's work: its milestones and reports. */
	public record WinnerWork(ChallengeApplication application, List<Milestone> milestones) {
	}

	public record ReportRow(ProgressReport report, String applicantName, List<ChallengeFile> files) {
	}

	@GetMapping("/my/challenges/{id:[0-9]+}")
	String manage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return manage(user, managed(user, id), model);
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/award")
	String award(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("awardForm") WorkForms.AwardForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				service.award(user, id, form.getWinners(), form.getReason());
				redirect.addFlashAttribute("notice", "challenge.awarded");
				return "redirect:/my/challenges/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return manage(user, managed(user, id), model);
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/milestones")
	String milestone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("milestoneForm") WorkForms.MilestoneForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				service.addMilestone(user, id, form.getApplicationId() == null ? -1 : form.getApplicationId(),
						form.getTitle(), form.getDueOn(), form.getDeliverable());
				redirect.addFlashAttribute("notice", "challenge.milestone.added");
				return "redirect:/my/challenges/" + id + "#work";
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return manage(user, managed(user, id), model);
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.start(user, id);
		redirect.addFlashAttribute("notice", "challenge.started");
		return "redirect:/my/challenges/" + id + "#work";
	}

	@PostMapping("/my/challenges/milestones/{milestoneId:[0-9]+}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long milestoneId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Milestone m = service.confirmMilestone(user, milestoneId, note);
		redirect.addFlashAttribute("notice", "challenge.milestone.confirmedNotice");
		return "redirect:/my/challenges/" + m.getChallengeId() + "#work";
	}

	@PostMapping("/my/challenges/{id:[0-9]+}/conclude")
	String conclude(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("acceptanceForm") WorkForms.AcceptanceForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!binding.hasErrors()) {
			try {
				ChallengeStatus outcome = "ACCEPTED".equals(form.getOutcome()) ? ChallengeStatus.ACCEPTED
						: "FAILED".equals(form.getOutcome()) ? ChallengeStatus.FAILED : null;
				boolean hasFile = file != null && !file.isEmpty();
				service.conclude(user, id, outcome, form.getReport(), hasFile ? file.getOriginalFilename() : null,
						hasFile ? file.getSize() : 0, hasFile ? file.getInputStream() : null);
				redirect.addFlashAttribute("notice", "challenge.concluded");
				return "redirect:/my/challenges/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return manage(user, managed(user, id), model);
	}

	private String manage(CurrentUser user, Challenge c, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<ApplicationRow> rows = new ArrayList<>();
		for (ChallengeApplication a : service.applicationsForPoster(user, c)) {
			ReviewSummary review = reviews.reviewOf(a, user).orElse(null);
			rows.add(new ApplicationRow(a, review, review == null ? null : review.link()));
		}
		boolean readyToAward = c.getStatus() == ChallengeStatus.REVIEWING && !rows.isEmpty() && rows.stream()
			.map(ApplicationRow::application)
			.filter(a -> a.getStatus().isActive())
			.allMatch(a -> a.getStatus() == ApplicationStatus.REVIEWED);
		List<WinnerWork> work = new ArrayList<>();
		List<Milestone> all = service.milestones(c);
		for (ChallengeApplication w : service.winners(c)) {
			work.add(new WinnerWork(w, all.stream().filter(m -> m.getApplicationId() == w.getId()).toList()));
		}
		List<ReportRow> reportRows = new ArrayList<>();
		for (ProgressReport r : service.reports(c)) {
			String name = work.stream().filter(w -> w.application().getId() == r.getApplicationId())
				.map(w -> w.application().getApplicantName()).findFirst().orElse("");
			reportRows.add(new ReportRow(r, name, service.reportFiles(r.getId())));
		}
		model.addAttribute("challenge", c);
		model.addAttribute("applications", rows);
		model.addAttribute("sealed", !c.applicationsUnsealed());
		model.addAttribute("applicationCount", service.applicationCount(c));
		model.addAttribute("readyToAward", readyToAward);
		model.addAttribute("candidates", readyToAward ? service.candidates(c) : List.of());
		model.addAttribute("work", work);
		model.addAttribute("reports", reportRows);
		model.addAttribute("acceptanceFiles", service.acceptanceFiles(c));
		model.addAttribute("allConfirmed", all.stream().allMatch(Milestone::isConfirmed));
		model.addAttribute("today", today);
		model.addAttribute("codes", codes);
		if (!model.containsAttribute("awardForm")) {
			model.addAttribute("awardForm", new WorkForms.AwardForm());
		}
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new WorkForms.MilestoneForm());
		}
		if (!model.containsAttribute("acceptanceForm")) {
			model.addAttribute("acceptanceForm", new WorkForms.AcceptanceForm());
		}
		return "challenge/manage";
	}

	private String form(CurrentUser user, ChallengeForm form, Challenge c, Model model) {
		model.addAttribute("form", form.withEmptyRows());
		model.addAttribute("challenge", c);
		model.addAttribute("action", c == null ? "/my/challenges" : "/my/challenges/" + c.getId());
		model.addAttribute("submitAction", c == null ? null : "/my/challenges/" + c.getId() + "/submit");
		model.addAttribute("fileAction", c == null ? null : "/my/challenges/" + c.getId() + "/files");
		model.addAttribute("files", c == null ? List.of() : service.filesOf(user, c));
		model.addAttribute("industries", codes.industries().topLevel());
		model.addAttribute("disciplines", codes.disciplines().topLevel());
		model.addAttribute("regions", codes.regions().all().stream().filter(x -> x.level() <= 2).toList());
		model.addAttribute("solverTypes", ChallengeRules.SOLVER_TYPES);
		model.addAttribute("reviewMethods", ReviewMethod.values());
		model.addAttribute("properties", service.rules().properties());
		return "challenge/form";
	}

	/** A challenge the user manages; "not found" otherwise (its management is not visible to others). */
	private Challenge managed(CurrentUser user, long id) {
		Challenge c = service.view(user, id);
		if (!service.mayManage(user, c)) {
			throw DomainException.notFound("challenge.notFound", id);
		}
		return c;
	}

	private static boolean mayPost(CurrentUser user) {
		return user.has(Role.ENTERPRISE) || user.isAdmin();
	}
}
