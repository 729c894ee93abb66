package org.opentechmarket.finance.web;

import org.opentechmarket.platform.FormErrors;
import java.io.IOException;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.finance.domain.ValuationForm;
import org.opentechmarket.finance.domain.ValuationMethod;
import org.opentechmarket.finance.domain.ValuationReport;
import org.opentechmarket.finance.domain.ValuationService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.core.io.Resource;
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

/** Valuation reports: the list, the holder's form to add one to an achievement, the report download. */
@Controller
class ValuationPagesController {

	private final ValuationService valuations;

	ValuationPagesController(ValuationService valuations) {
		this.valuations = valuations;
	}

	@GetMapping("/finance/valuations")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		var reports = valuations.list(user, page);
		model.addAttribute("reports", reports);
		model.addAttribute("valid", reports.getContent().stream()
			.collect(java.util.stream.Collectors.toMap(ValuationReport::getId, valuations::isValid)));
		return "finance/valuations";
	}

	@GetMapping("/finance/valuations/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam long achievementId, Model model) {
		AchievementSummary achievement = valuations.achievementFor(user, achievementId);
		ValuationForm form = new ValuationForm();
		form.setAchievementId(achievement.id());
		model.addAttribute("form", form);
		return formPage(model, achievement);
	}

	@PostMapping("/finance/valuations")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ValuationForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (form.getAchievementId() == null) {
			throw DomainException.notFound("finance.achievement.notFound", "");
		}
		AchievementSummary achievement = valuations.achievementFor(user, form.getAchievementId());
		if (binding.hasErrors()) {
			return formPage(model, achievement);
		}
		try {
			boolean empty = file == null || file.isEmpty();
			valuations.record(user, form, empty ? null : file.getOriginalFilename(), empty ? 0 : file.getSize(),
					empty ? null : file.getInputStream());
			redirect.addFlashAttribute("notice", "finance.valuation.saved");
			return "redirect:/finance/valuations";
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return formPage(model, achievement);
		}
	}

	@GetMapping("/finance/valuations/{id}/report")
	ResponseEntity<Resource> report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) throws IOException {
		ValuationReport report = valuations.view(user, id);
		return Downloads.attachment(report.getFile(), valuations.path(report));
	}

	private String formPage(Model model, AchievementSummary achievement) {
		model.addAttribute("achievement", achievement);
		model.addAttribute("methods", ValuationMethod.values());
		return "finance/valuation-form";
	}
}
