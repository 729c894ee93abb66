package org.opentechmarket.institution.web;

import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's administrators (and platform administrators) keep the profile; the level is not theirs to set. */
@Controller
class ProfileEditController {

	private final InstitutionRegistry registry;
	private final Organisations organisations;
	private final Labels labels;

	ProfileEditController(InstitutionRegistry registry, Organisations organisations, Labels labels) {
		this.registry = registry;
		this.organisations = organisations;
		this.labels = labels;
	}

	/** The signed-in organisation administrator's own profile, if the organisation has one. */
	@GetMapping("/profiles/mine")
	String mine(@AuthenticationPrincipal CurrentUser user) {
		InstitutionProfile profile = registry.ownProfile(user)
			.orElseThrow(() -> DomainException.notFound("institution.mine.none"));
		return "redirect:/profiles/" + profile.getId() + "/edit";
	}

	@GetMapping("/profiles/{id}/edit")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InstitutionProfile profile = registry.forEdit(user, id);
		model.addAttribute("form", Forms.ProfileForm.of(profile));
		return page(profile, model);
	}

	@PostMapping("/profiles/{id}/edit")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") Forms.ProfileForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		InstitutionProfile profile = registry.forEdit(user, id);
		if (!binding.hasErrors()) {
			try {
				registry.edit(user, id, form.details());
				redirect.addFlashAttribute("notice", "institution.saved");
				return "redirect:/profiles/" + id + "/edit";
			}
			catch (DomainException e) {
				if (e.kind() != DomainException.Kind.INVALID) {
					throw e;
				}
				FormErrors.bind(binding, e.violations());
			}
		}
		return page(profile, model);
	}

	private String page(InstitutionProfile profile, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("card", labels.card(profile));
		model.addAttribute("serviceChoices", labels.services(registry.serviceKinds()));
		model.addAttribute("parents", organisations.verified()
			.stream()
			.filter(o -> o.id() != profile.getOrganisationId())
			.map(o -> new Choice(o.id(), o.name()))
			.toList());
		model.addAttribute("publicLink", profile.isListed() ? labels.card(profile).link() : null);
		return "institution/edit";
	}

	record Choice(long id, String name) {
	}
}
