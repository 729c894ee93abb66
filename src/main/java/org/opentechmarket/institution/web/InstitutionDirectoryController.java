package org.opentechmarket.institution.web;

import org.opentechmarket.platform.FormErrors;
import java.util.List;

import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.domain.DirectoryKind;
import org.opentechmarket.institution.domain.FeedbackService;
import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.institution.domain.RankingService;
import org.opentechmarket.institution.domain.RatingRules;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public directories of transfer institutions and service providers, their profiles, and the yearly ranking. */
@Controller
class InstitutionDirectoryController {

	private final InstitutionRegistry registry;
	private final FeedbackService feedback;
	private final RankingService ranking;
	private final Labels labels;

	InstitutionDirectoryController(InstitutionRegistry registry, FeedbackService feedback, RankingService ranking, Labels labels) {
		this.registry = registry;
		this.feedback = feedback;
		this.ranking = ranking;
		this.labels = labels;
	}

	// --- directories

	@GetMapping("/institutions")
	String institutions(@ModelAttribute("filter") Forms.DirectoryFilter filter, BindingResult binding, Model model) {
		return directory(DirectoryKind.INSTITUTION, filter, binding, model);
	}

	@GetMapping("/providers")
	String providers(@ModelAttribute("filter") Forms.DirectoryFilter filter, BindingResult binding, Model model) {
		return directory(DirectoryKind.PROVIDER, filter, binding, model);
	}

	private String directory(DirectoryKind kind, Forms.DirectoryFilter filter, BindingResult binding, Model model) {
		List<Labels.Card> cards = List.of();
		if (!binding.hasErrors()) {
			try {
				cards = registry
					.directory(kind, new InstitutionRegistry.Filter(filter.getLevel(), filter.getRegion(),
							filter.getService(), filter.getQ()))
					.stream()
					.map(labels::card)
					.toList();
			}
			catch (DomainException e) {
				if (e.kind() != DomainException.Kind.INVALID) {
					throw e;
				}
				FormErrors.bind(binding, e.violations());
			}
		}
		model.addAttribute("kind", kind);
		model.addAttribute("cards", cards);
		model.addAttribute("levels", InstitutionLevel.values());
		model.addAttribute("serviceChoices", labels.services(registry.serviceKinds()));
		model.addAttribute("regionChoices", labels.regionChoices());
		model.addAttribute("action", "/" + kind.path());
		return "institution/directory";
	}

	// --- profiles

	@GetMapping("/institutions/{id}")
	String institution(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return profile(DirectoryKind.INSTITUTION, id, user, model);
	}

	@GetMapping("/providers/{id}")
	String provider(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return profile(DirectoryKind.PROVIDER, id, user, model);
	}

	@PostMapping({ "/institutions/{id}/rate", "/providers/{id}/rate" })
	String rate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("ratingForm") Forms.RatingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		DirectoryKind kind = kindOf(request);
		InstitutionProfile profile = registry.listed(kind, id);
		if (!binding.hasErrors()) {
			try {
				feedback.rate(user, FeedbackSubject.organisation(profile.getOrganisationId()), form.getScore(),
						form.getComment());
				redirect.addFlashAttribute("notice", "feedback.rating.received");
				return "redirect:/" + kind.path() + "/" + id;
			}
			catch (DomainException e) {
				if (e.kind() != DomainException.Kind.INVALID) {
					throw e;
				}
				FormErrors.bind(binding, e.violations());
			}
		}
		model.addAttribute("complaintForm", new Forms.ComplaintForm());
		return profilePage(profile, user, model);
	}

	@PostMapping({ "/institutions/{id}/complain", "/providers/{id}/complain" })
	String complain(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("complaintForm") Forms.ComplaintForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		DirectoryKind kind = kindOf(request);
		InstitutionProfile profile = registry.listed(kind, id);
		try {
			feedback.complain(user, FeedbackSubject.organisation(profile.getOrganisationId()), form.getDescription());
			redirect.addFlashAttribute("notice", "feedback.complaint.received");
			return "redirect:/" + kind.path() + "/" + id;
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			FormErrors.bind(binding, e.violations());
		}
		model.addAttribute("ratingForm", new Forms.RatingForm());
		return profilePage(profile, user, model);
	}

	private static DirectoryKind kindOf(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().contains("/providers/") ? DirectoryKind.PROVIDER : DirectoryKind.INSTITUTION;
	}

	private String profile(DirectoryKind kind, long id, CurrentUser user, Model model) {
		InstitutionProfile profile = registry.listed(kind, id);
		model.addAttribute("ratingForm", new Forms.RatingForm());
		model.addAttribute("complaintForm", new Forms.ComplaintForm());
		return profilePage(profile, user, model);
	}

	private String profilePage(InstitutionProfile profile, CurrentUser user, Model model) {
		FeedbackSubject subject = FeedbackSubject.organisation(profile.getOrganisationId());
		model.addAttribute("profile", profile);
		model.addAttribute("card", labels.card(profile));
		model.addAttribute("kind", profile.getKind());
		model.addAttribute("parentName", registry.organisationName(profile.getParentOrganisationId()).orElse(null));
		model.addAttribute("staff", registry.staff(profile));
		model.addAttribute("overall", feedback.overall(subject));
		model.addAttribute("base", "/" + profile.getKind().path() + "/" + profile.getId());
		model.addAttribute("editLink", InstitutionRegistry.mayEdit(user, profile) ? "/profiles/" + profile.getId() + "/edit"
				: null);
		model.addAttribute("signedIn", user != null);
		// members cannot rate or complain about their own organisation: the forms are not offered to them
		model.addAttribute("ownOrganisation", user != null && user.belongsTo(profile.getOrganisationId()));
		model.addAttribute("minScore", RatingRules.MIN_SCORE);
		model.addAttribute("maxScore", RatingRules.MAX_SCORE);
		return "institution/profile";
	}

	// --- ranking

	@GetMapping("/institutions/ranking")
	String ranking(@RequestParam(required = false) String year, Model model) {
		Integer requested = null;
		String yearError = null;
		if (year != null && !year.isBlank()) {
			try {
				requested = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException e) {
				yearError = "typeMismatch.java.lang.Integer";
			}
		}
		java.time.Year shown;
		try {
			shown = yearError == null ? ranking.year(requested) : ranking.year(null);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			yearError = labels.message(e.violations().get(0).code(), e.violations().get(0).argsArray());
			shown = ranking.year(null);
		}
		if (yearError != null && yearError.startsWith("typeMismatch")) {
			yearError = labels.message(yearError);
		}
		model.addAttribute("yearError", yearError);
		model.addAttribute("yearInput", year);
		RankingService.InstitutionRanking institutions = ranking.institutions(shown);
		model.addAttribute("institutions", institutions);
		model.addAttribute("formula", labels.message("ranking.formula.weighted", String.join(" + ", institutions.terms()
			.stream()
			.map(t -> t.weight().toPlainString() + " × " + labels.message("rankingTerm." + t.term()) + " ÷ max")
			.toList())));
		model.addAttribute("providers", ranking.providers(shown));
		return "institution/ranking";
	}
}
