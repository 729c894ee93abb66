package org.opentechmarket.institution.web;

import java.util.List;

import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.institution.domain.ListingStatus;
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

/** Administrators create profiles, set demonstration levels and list, suspend or delist profiles. */
@Controller
class AdminInstitutionController {

	private final InstitutionRegistry registry;
	private final Labels labels;

	AdminInstitutionController(InstitutionRegistry registry, Labels labels) {
		this.registry = registry;
		this.labels = labels;
	}

	record Row(long id, String name, String kind, String level, Integer levelYear, String levelDocument, String status,
			String statusReason, List<ListingStatus> next, String publicLink, String editLink) {
	}

	@GetMapping("/admin/institutions")
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("rows", registry.all(admin)
			.stream()
			.map(p -> new Row(p.getId(), p.getName(), p.getKind().name(), p.getLevel().name(), p.getLevelYear(),
					p.getLevelDocument(), p.getStatus().name(), p.getStatusReason(), List.copyOf(p.getStatus().next()),
					p.isListed() ? "/" + p.getKind().path() + "/" + p.getId() : null, "/profiles/" + p.getId() + "/edit"))
			.toList());
		model.addAttribute("candidates", registry.withoutProfile(admin));
		model.addAttribute("levels", InstitutionLevel.values());
		return "institution/admin";
	}

	@PostMapping("/admin/institutions")
	String create(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) Long organisationId,
			RedirectAttributes redirect) {
		return act(redirect, "institution.created", null, () -> registry.create(admin, organisationId));
	}

	@PostMapping("/admin/institutions/{id}/level")
	String level(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String level, @RequestParam(required = false) String levelYear,
			@RequestParam(required = false) String levelDocument, RedirectAttributes redirect) {
		return act(redirect, "institution.levelSet", id, () -> {
			InstitutionLevel parsed = parseLevel(level);
			Integer year;
			try {
				year = levelYear == null || levelYear.isBlank() ? null : Integer.valueOf(levelYear.strip());
			}
			catch (NumberFormatException e) {
				throw DomainException.invalid(List.of(FieldViolation.of("levelYear", "typeMismatch.java.lang.Integer")));
			}
			registry.setLevel(admin, id, parsed, year, levelDocument);
		});
	}

	@PostMapping("/admin/institutions/{id}/status")
	String status(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) String target, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, "institution.statusChanged", id, () -> {
			ListingStatus parsed;
			try {
				parsed = ListingStatus.valueOf(target == null ? "" : target);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid(List.of(FieldViolation.of("target", "validation.required")));
			}
			registry.changeStatus(admin, id, parsed, reason);
		});
	}

	private static InstitutionLevel parseLevel(String level) {
		try {
			return InstitutionLevel.valueOf(level == null ? "" : level);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid(List.of(FieldViolation.of("level", "validation.required")));
		}
	}

	private String act(RedirectAttributes redirect, String notice, Long id, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("errorRow", id);
			redirect.addFlashAttribute("errors", e.violations()
				.stream()
				.map(v -> labels.message("institution.field." + v.field()) + ": " + labels.message(v.code(), v.argsArray()))
				.toList());
		}
		return "redirect:/admin/institutions";
	}
}
