package org.opentechmarket.finance.web;

import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.finance.domain.EquityInvestment;
import org.opentechmarket.finance.domain.EvidenceService;
import org.opentechmarket.finance.domain.FinanceAccess;
import org.opentechmarket.finance.domain.InvestmentForm;
import org.opentechmarket.finance.domain.InvestmentService;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Equity investments: list, form, detail with evidence. */
@Controller
class InvestmentPagesController {

	private final InvestmentService investments;
	private final EvidenceService evidence;
	private final FinanceAccess access;
	private final Achievements achievements;

	InvestmentPagesController(InvestmentService investments, EvidenceService evidence, FinanceAccess access,
			Achievements achievements) {
		this.investments = investments;
		this.evidence = evidence;
		this.access = access;
		this.achievements = achievements;
	}

	@GetMapping("/finance/investments")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("investments", investments.list(user, page));
		model.addAttribute("mayRecord", user.has(Role.FINANCIER));
		return "finance/investments";
	}

	@GetMapping("/finance/investments/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		access.financier(user);
		model.addAttribute("form", new InvestmentForm());
		return "finance/investment-form";
	}

	@PostMapping("/finance/investments")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InvestmentForm form,
			BindingResult binding, RedirectAttributes redirect) {
		access.financier(user);
		if (binding.hasErrors()) {
			return "finance/investment-form";
		}
		try {
			EquityInvestment investment = investments.record(user, form);
			redirect.addFlashAttribute("notice", "finance.investment.saved");
			return "redirect:/finance/investments/" + investment.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return "finance/investment-form";
		}
	}

	@GetMapping("/finance/investments/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EquityInvestment investment = investments.view(user, id);
		model.addAttribute("investment", investment);
		model.addAttribute("mayEdit", investments.mayEdit(user, investment));
		model.addAttribute("evidence", evidence.of(user, RecordType.INVESTMENT, id));
		model.addAttribute("achievementTitle", investment.getAchievementId() == null ? null
				: achievements.find(investment.getAchievementId()).map(a -> a.title()).orElse(null));
		return "finance/investment";
	}
}
