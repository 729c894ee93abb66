package org.opentechmarket.achievement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.FundedProjectService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funded-project list with each project's registration-deadline status (应登尽登). */
@Controller
class FundedProjectsController {

	private final FundedProjectService projects;
	private final org.opentechmarket.people.Organisations organisations;

	FundedProjectsController(FundedProjectService projects, org.opentechmarket.people.Organisations organisations) {
		this.projects = projects;
		this.organisations = organisations;
	}

	@GetMapping("/funded-projects")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", projects.list(user));
		model.addAttribute("deadlineDays", projects.deadlineDays());
		if (user.isAdmin()) {
			model.addAttribute("organisations", organisations.verified());
		}
		model.addAttribute("levels", java.util.Arrays.stream(FundingSource.values()).filter(FundingSource::isFiscal).toList());
		return "achievement/funded-projects";
	}

	@PostMapping("/funded-projects")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam String projectNumber, @RequestParam String title,
			@RequestParam long holderOrganisationId, @RequestParam(required = false) FundingSource fundingLevel,
			@RequestParam(required = false) BigDecimal fundingWan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptanceDate,
			RedirectAttributes redirect) {
		try {
			projects.create(user, projectNumber, title, holderOrganisationId, fundingLevel, fundingWan, acceptanceDate);
			redirect.addFlashAttribute("notice", "fundedProject.created");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("projectErrors", e.violations());
		}
		return "redirect:/funded-projects";
	}
}
