package org.opentechmarket.people.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation administrator manages the users of its own organisation, and only those. */
@Controller
@RequestMapping("/organisation/members")
class MembersController {

	private final AccountService accounts;

	MembersController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MemberForm());
		}
		return page(user, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(user, model);
		}
		try {
			accounts.addMember(user, form);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			for (FieldViolation v : e.violations()) {
				binding.rejectValue(v.field(), v.code(), v.argsArray(), v.code());
			}
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "members.added");
		return "redirect:/organisation/members";
	}

	@PostMapping("/{id}/roles")
	String roles(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "roles", required = false) Set<Role> roles, RedirectAttributes redirect) {
		accounts.changeRoles(user, id, roles == null ? EnumSet.noneOf(Role.class) : roles);
		redirect.addFlashAttribute("notice", "members.rolesChanged");
		return "redirect:/organisation/members";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		accounts.setEnabled(user, id, enabled);
		redirect.addFlashAttribute("notice", enabled ? "members.enabled" : "members.disabled");
		return "redirect:/organisation/members";
	}

	private String page(CurrentUser user, Model model) {
		Organisation organisation = accounts.organisation(user.organisationId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", accounts.members(user));
		model.addAttribute("grantableRoles", organisation.getType().grantableRoles());
		return "people/members";
	}
}
