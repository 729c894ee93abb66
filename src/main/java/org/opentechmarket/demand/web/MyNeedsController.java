package org.opentechmarket.demand.web;

import java.io.IOException;
import java.util.List;

import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FormErrors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The poster's side: "my needs", the form (new, edit), submit, withdraw, solved, attachments. */
@Controller
class MyNeedsController {

	private final NeedService service;
	private final CodeTables codes;
	private final Organisations organisations;

	MyNeedsController(NeedService service, CodeTables codes, Organisations organisations) {
		this.service = service;
		this.codes = codes;
		this.organisations = organisations;
	}

	@GetMapping("/my/needs")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("needs", service.mine(user));
		model.addAttribute("mayPost", mayPost(user));
		return "demand/mine";
	}

	@GetMapping("/my/needs/{id:[0-9]+}")
	String one(@PathVariable long id) {
		return "redirect:/needs/" + id;
	}

	@GetMapping("/my/needs/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!mayPost(user)) {
			throw DomainException.forbidden("need.post.enterpriseOnly");
		}
		return form(user, new NeedForm(), null, model);
	}

	@PostMapping("/my/needs")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NeedForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(user, form, null, model);
		}
		try {
			Need need = service.create(user, form.toContent(), onBehalf(user, form));
			redirect.addFlashAttribute("notice", "need.saved");
			return "redirect:/my/needs/" + need.getId() + "/edit";
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, null, model);
		}
	}

	@GetMapping("/my/needs/{id:[0-9]+}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Need need = service.view(user, id);
		if (!service.mayManage(user, need)) {
			throw DomainException.forbidden();
		}
		return form(user, NeedForm.of(service.content(need)), need, model);
	}

	@PostMapping("/my/needs/{id:[0-9]+}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") NeedForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Need need = service.view(user, id);
		if (binding.hasErrors()) {
			return form(user, form, need, model);
		}
		try {
			service.edit(user, id, form.toContent());
			redirect.addFlashAttribute("notice", "need.saved");
			return "redirect:/my/needs/" + id + "/edit";
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, need, model);
		}
	}

	@PostMapping("/my/needs/{id:[0-9]+}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			service.submit(user, id);
			redirect.addFlashAttribute("notice", "need.submitted");
			return "redirect:/my/needs";
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			Need need = service.view(user, id);
			NeedForm form = NeedForm.of(service.content(need));
			BindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
			FormErrors.bind(binding, e);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
			return form(user, form, need, model);
		}
	}

	@PostMapping("/my/needs/{id:[0-9]+}/{action:withdraw|solve}")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			RedirectAttributes redirect) {
		if (action.equals("withdraw")) {
			service.withdraw(user, id);
			redirect.addFlashAttribute("notice", "need.withdrawn");
		}
		else {
			service.solve(user, id);
			redirect.addFlashAttribute("notice", "need.solved");
		}
		return "redirect:/my/needs";
	}

	@PostMapping("/my/needs/{id:[0-9]+}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw DomainException.invalid(List.of(FieldViolation.of("file", "need.attachment.empty")));
			}
			service.addAttachment(user, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "need.attachment.added");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("attachmentError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
		}
		return "redirect:/my/needs/" + id + "/edit#attachments";
	}

	@PostMapping("/my/needs/attachments/{attachmentId:[0-9]+}/delete")
	String detach(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId, @RequestParam long need,
			RedirectAttributes redirect) {
		service.removeAttachment(user, attachmentId);
		redirect.addFlashAttribute("notice", "need.attachment.removed");
		return "redirect:/my/needs/" + need + "/edit#attachments";
	}

	private String form(CurrentUser user, NeedForm form, Need need, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("need", need);
		model.addAttribute("action", need == null ? "/my/needs" : "/my/needs/" + need.getId());
		model.addAttribute("submitAction", need == null ? null : "/my/needs/" + need.getId() + "/submit");
		model.addAttribute("attachAction", need == null ? null : "/my/needs/" + need.getId() + "/attachments");
		model.addAttribute("attachments", need == null ? List.of() : service.attachmentsOf(user, need));
		model.addAttribute("cooperations", Cooperation.values());
		model.addAttribute("industries", codes.industries().topLevel());
		model.addAttribute("regions", codes.regions().all().stream().filter(c -> c.level() <= 2).toList());
		model.addAttribute("disciplines", codes.disciplines().topLevel());
		boolean behalf = need == null && (user.isAdmin() || user.has(Role.BROKER));
		model.addAttribute("onBehalf", behalf);
		model.addAttribute("enterprises", behalf ? organisations.verified().stream()
			.filter(o -> o.type() == OrganisationType.ENTERPRISE).toList() : List.of());
		return "demand/form";
	}

	private static Long onBehalf(CurrentUser user, NeedForm form) {
		return user.isAdmin() || user.has(Role.BROKER) ? form.getOnBehalfOf() : null;
	}

	private static boolean mayPost(CurrentUser user) {
		return user.has(Role.ENTERPRISE) || user.isAdmin() || user.has(Role.BROKER);
	}
}
