package org.opentechmarket.achievement.web;

import org.opentechmarket.platform.FormErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementContent;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.domain.Codes;
import org.opentechmarket.achievement.domain.Evidence;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The holder's side: register, edit, attach evidence, submit, withdraw, revise, declare converted. */
@Controller
class MyAchievementsController {

	private final AchievementService service;
	private final CodeTables codes;
	private final long evidenceMaxBytes;
	private final org.opentechmarket.achievement.domain.AchievementProperties properties;

	MyAchievementsController(AchievementService service, CodeTables codes,
			org.opentechmarket.achievement.domain.AchievementProperties properties,
			@org.springframework.beans.factory.annotation.Value("${otm.evidence.max-bytes:20971520}") long evidenceMaxBytes) {
		this.service = service;
		this.codes = codes;
		this.evidenceMaxBytes = evidenceMaxBytes;
		this.properties = properties;
	}

	@GetMapping("/my/achievements")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("achievements", service.ofMyOrganisation(user, PageRequest.of(Math.max(page, 0), 30)));
		return "achievement/mine";
	}

	@GetMapping("/my/achievements/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		AchievementContent form = new AchievementContent();
		form.setCategory(AchievementCategory.APPLIED);
		form.getCompletingOrganisations().add(user.organisationName());
		form.getInventors().add(new AchievementContent.InventorLine());
		form.getIpRights().add(new AchievementContent.IpLine());
		model.addAttribute("form", form);
		return formPage(model, null);
	}

	@PostMapping("/my/achievements")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AchievementContent form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return formPage(model, null);
		}
		try {
			Achievement a = service.create(user, form);
			redirect.addFlashAttribute("notice", "achievement.saved");
			return "redirect:/my/achievements/" + a.getId() + "/edit";
		}
		catch (DomainException e) {
			return failed(e, binding, model, null);
		}
	}

	@GetMapping("/my/achievements/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Achievement a = service.forHolder(user, id);
		AchievementContent form = a.content();
		if (form.getInventors().isEmpty()) {
			form.getInventors().add(new AchievementContent.InventorLine());
		}
		if (form.getIpRights().isEmpty()) {
			form.getIpRights().add(new AchievementContent.IpLine());
		}
		model.addAttribute("form", form);
		return formPage(model, a, user);
	}

	@PostMapping("/my/achievements/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") AchievementContent form, BindingResult binding, Model model, RedirectAttributes redirect) {
		Achievement a = service.view(user, id);
		if (binding.hasErrors()) {
			return formPage(model, a, user);
		}
		try {
			service.update(user, id, form);
			redirect.addFlashAttribute("notice", "achievement.saved");
			return "redirect:/my/achievements/" + id + "/edit";
		}
		catch (DomainException e) {
			return failed(e, binding, model, a, user);
		}
	}

	@PostMapping("/my/achievements/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			service.submit(user, id);
			redirect.addFlashAttribute("notice", "achievement.submitted");
			return "redirect:/achievements/" + id;
		}
		catch (DomainException e) {
			Achievement a = service.view(user, id);
			AchievementContent form = a.content();
			model.addAttribute("form", form);
			BindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
			return failed(e, binding, model, a, user);
		}
	}

	@PostMapping("/my/achievements/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		service.withdraw(user, id, reason);
		redirect.addFlashAttribute("notice", "achievement.withdrawn");
		return "redirect:/my/achievements";
	}

	@PostMapping("/my/achievements/{id}/revise")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		Achievement revision = service.startRevision(user, id);
		redirect.addFlashAttribute("notice", "achievement.revisionStarted");
		return "redirect:/my/achievements/" + revision.getId() + "/edit";
	}

	@PostMapping("/my/achievements/{id}/converted")
	String converted(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String note,
			RedirectAttributes redirect) {
		service.declareConverted(user, id, note);
		redirect.addFlashAttribute("notice", "achievement.convertedDeclared");
		return "redirect:/achievements/" + id;
	}

	@PostMapping("/my/achievements/{id}/evidence")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Codes.EvidenceType type, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw DomainException.invalid(java.util.List.of(org.opentechmarket.platform.FieldViolation.of("file",
						"evidence.file.empty")));
			}
			service.addEvidence(user, id, type, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "evidence.added");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("evidenceError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
		}
		return "redirect:/my/achievements/" + id + "/edit#evidence";
	}

	@PostMapping("/my/evidence/{evidenceId}/delete")
	String deleteEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long evidenceId,
			@RequestParam long achievement, RedirectAttributes redirect) {
		service.removeEvidence(user, evidenceId);
		redirect.addFlashAttribute("notice", "evidence.removed");
		return "redirect:/my/achievements/" + achievement + "/edit#evidence";
	}

	/** Evidence is served only to the holder's members and administrators, always as a download. */
	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long evidenceId)
			throws IOException {
		Evidence e = service.evidenceFile(user, evidenceId);
		var path = service.evidencePath(e);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(e.getContentType()))
			.contentLength(Files.size(path))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(e.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	private String failed(DomainException e, BindingResult binding, Model model, Achievement a) {
		return failed(e, binding, model, a, null);
	}

	private String failed(DomainException e, BindingResult binding, Model model, Achievement a, CurrentUser user) {
		if (e.kind() != DomainException.Kind.INVALID) {
			throw e;
		}
		if (e.violations().isEmpty()) {
			binding.reject(e.code(), e.args(), e.code());
		}
		FormErrors.bind(binding, e.violations());
		return formPage(model, a, user);
	}

	private String formPage(Model model, Achievement a) {
		return formPage(model, a, null);
	}

	private String formPage(Model model, Achievement a, CurrentUser user) {
		model.addAttribute("achievement", a);
		model.addAttribute("codes", codes);
		model.addAttribute("evidence", a == null || user == null ? java.util.List.of() : service.evidenceOf(user, a));
		model.addAttribute("categories", AchievementCategory.values());
		model.addAttribute("attributes", Codes.InnovationAttribute.values());
		model.addAttribute("evaluationRoutes", Codes.EvaluationRoute.values());
		model.addAttribute("levels", Codes.AchievementLevel.values());
		model.addAttribute("stages", Codes.Stage.values());
		model.addAttribute("fundingSources", Codes.FundingSource.values());
		model.addAttribute("ipTypes", Codes.IpType.values());
		model.addAttribute("ipStatuses", Codes.IpStatus.values());
		model.addAttribute("conversionMethods", Codes.ConversionMethod.values());
		model.addAttribute("evidenceTypes", Codes.EvidenceType.values());
		model.addAttribute("evidenceMaxMb", evidenceMaxBytes / 1024 / 1024);
		model.addAttribute("rules", properties);
		return "achievement/form";
	}
}
