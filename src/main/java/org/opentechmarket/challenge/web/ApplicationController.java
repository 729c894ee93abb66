package org.opentechmarket.challenge.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.ApplicationStatus;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ChallengeFile;
import org.opentechmarket.challenge.domain.ChallengeReviews;
import org.opentechmarket.challenge.domain.ChallengeRules;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.ProgressReport;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The solver's side: the application form (揭榜), the application page (proposal, team, files, and for its own organisation
 * and the poster the expert review's score, outcome and the link to every reviewer's reasons), withdrawal, the proposal's
 * files, progress reports of an awarded team, and "my applications".
 */
@Controller
class ApplicationController {

	private final ApplicationService applications;
	private final ChallengeService challenges;
	private final ChallengeReviews reviews;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationController(ApplicationService applications, ChallengeService challenges, ChallengeReviews reviews,
			MessageSource messages, Clock clock) {
		this.applications = applications;
		this.challenges = challenges;
		this.reviews = reviews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/challenges/{id:[0-9]+}/apply")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			java.util.Locale locale) {
		Challenge c = challenges.view(user, id);
		ChallengeRules.Ineligibility why = applications.ineligibility(user, c);
		if (why != null) {
			throw why.refusal();
		}
		ChallengeApplication own = applications.own(user, c).orElse(null);
		if (own != null && own.getStatus() != ApplicationStatus.WITHDRAWN) {
			return "redirect:/challenges/applications/" + own.getId();
		}
		ApplicationForm form = own != null ? ApplicationForm.of(own)
				: ApplicationForm.blank(user.organisationName(), messages.getMessage("challenge.team.leadRole", null, locale));
		return form(c, form, model);
	}

	@PostMapping("/challenges/{id:[0-9]+}/apply")
	String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ApplicationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Challenge c = challenges.view(user, id);
		if (!binding.hasErrors()) {
			try {
				ChallengeApplication a = applications.apply(user, id, form.toContent());
				redirect.addFlashAttribute("notice", "challenge.applied");
				return "redirect:/challenges/applications/" + a.getId();
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return form(c, form, model);
	}

	private String form(Challenge c, ApplicationForm form, Model model) {
		model.addAttribute("challenge", c);
		model.addAttribute("form", form.withEmptyRows());
		model.addAttribute("daysLeft", c.daysLeft(LocalDate.now(clock)));
		return "challenge/apply";
	}

	/** A progress report and the files that came with it. */
	public record ReportRow(ProgressReport report, List<ChallengeFile> files) {
	}

	@GetMapping("/challenges/applications/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ChallengeApplication a = applications.view(user, id);
		Challenge c = applications.challengeOf(a);
		LocalDate today = LocalDate.now(clock);
		boolean act = applications.mayActFor(user, a);
		boolean results = applications.mayReadResults(user, a, c);
		ReviewSummary review = results ? reviews.reviewOf(a, user).orElse(null) : null;
		List<ReportRow> reportRows = new ArrayList<>();
		for (ProgressReport r : applications.reports(user, a)) {
			reportRows.add(new ReportRow(r, applications.reportFiles(r.getId())));
		}
		boolean editable = act && a.getStatus() == ApplicationStatus.SUBMITTED && c.windowOpen(today);
		model.addAttribute("appl", a);
		model.addAttribute("challenge", c);
		model.addAttribute("files", applications.filesOf(user, a));
		model.addAttribute("act", act);
		model.addAttribute("editable", editable);
		model.addAttribute("mayReapply", act && a.getStatus() == ApplicationStatus.WITHDRAWN && c.windowOpen(today));
		model.addAttribute("results", results);
		model.addAttribute("review", review);
		model.addAttribute("milestones", results ? applications.milestones(a) : List.of());
		model.addAttribute("reports", reportRows);
		model.addAttribute("mayReport", act && a.getStatus() == ApplicationStatus.AWARDED
				&& c.getStatus() == ChallengeStatus.IN_PROGRESS);
		model.addAttribute("today", today);
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", new WorkForms.ReportForm());
		}
		return "challenge/application";
	}

	@PostMapping("/challenges/applications/{id:[0-9]+}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		applications.withdraw(user, id);
		redirect.addFlashAttribute("notice", "challenge.withdrawn");
		return "redirect:/challenges/applications/" + id;
	}

	@PostMapping("/challenges/applications/{id:[0-9]+}/files")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw DomainException.invalid(List.of(FieldViolation.of("file", "challenge.file.empty")));
			}
			applications.addFile(user, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "challenge.file.added");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("fileError", FileErrors.of(e));
		}
		return "redirect:/challenges/applications/" + id + "#files";
	}

	@PostMapping("/challenges/applications/files/{fileId:[0-9]+}/delete")
	String detach(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId, @RequestParam long application,
			RedirectAttributes redirect) {
		applications.removeFile(user, fileId);
		redirect.addFlashAttribute("notice", "challenge.file.removed");
		return "redirect:/challenges/applications/" + application + "#files";
	}

	@PostMapping("/challenges/applications/{id:[0-9]+}/reports")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("reportForm") WorkForms.ReportForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!binding.hasErrors()) {
			try {
				boolean hasFile = file != null && !file.isEmpty();
				applications.report(user, id, form.getMilestoneId(), form.getSummary(),
						hasFile ? file.getOriginalFilename() : null, hasFile ? file.getSize() : 0,
						hasFile ? file.getInputStream() : null);
				redirect.addFlashAttribute("notice", "challenge.reported");
				return "redirect:/challenges/applications/" + id + "#work";
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return show(user, id, model);
	}

	@GetMapping("/my/applications")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<MyRow> rows = new ArrayList<>();
		for (ChallengeApplication a : applications.mine(user)) {
			rows.add(new MyRow(a, applications.challengeOf(a)));
		}
		model.addAttribute("rows", rows);
		return "challenge/my-applications";
	}

	public record MyRow(ChallengeApplication application, Challenge challenge) {
	}
}
