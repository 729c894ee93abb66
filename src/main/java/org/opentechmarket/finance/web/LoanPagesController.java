package org.opentechmarket.finance.web;

import org.opentechmarket.platform.FormErrors;
import java.time.LocalDate;

import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.finance.domain.EvidenceService;
import org.opentechmarket.finance.domain.FinanceAccess;
import org.opentechmarket.finance.domain.Loan;
import org.opentechmarket.finance.domain.LoanForm;
import org.opentechmarket.finance.domain.LoanKind;
import org.opentechmarket.finance.domain.LoanService;
import org.opentechmarket.finance.domain.LoanStatus;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Loans: the list (own organisation's as lender or borrower; all for administrators), the form, the detail with actions. */
@Controller
class LoanPagesController {

	private final LoanService loans;
	private final EvidenceService evidence;
	private final FinanceAccess access;
	private final Achievements achievements;
	private final MessageSource messages;

	LoanPagesController(LoanService loans, EvidenceService evidence, FinanceAccess access, Achievements achievements,
			MessageSource messages) {
		this.loans = loans;
		this.evidence = evidence;
		this.access = access;
		this.achievements = achievements;
		this.messages = messages;
	}

	@GetMapping("/finance/loans")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("loans", loans.list(user, page));
		model.addAttribute("mayRecord", user.has(Role.FINANCIER));
		return "finance/loans";
	}

	@GetMapping("/finance/loans/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long achievementId,
			Model model) {
		access.financier(user);
		LoanForm form = new LoanForm();
		if (achievementId != null) {
			achievements.find(achievementId).ifPresent(a -> {
				form.setAchievementId(a.id());
				form.setBorrower(a.holder());
			});
		}
		model.addAttribute("form", form);
		return formPage(model);
	}

	@PostMapping("/finance/loans")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") LoanForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		access.financier(user);
		if (binding.hasErrors()) {
			return formPage(model);
		}
		try {
			Loan loan = loans.record(user, form);
			redirect.addFlashAttribute("notice", "finance.loan.saved");
			return "redirect:/finance/loans/" + loan.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return formPage(model);
		}
	}

	@GetMapping("/finance/loans/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Loan loan = loans.view(user, id);
		model.addAttribute("loan", loan);
		model.addAttribute("mayEdit", loans.mayEdit(user, loan));
		model.addAttribute("evidence", evidence.of(user, RecordType.LOAN, id));
		model.addAttribute("achievementTitle", loan.getAchievementId() == null ? null
				: achievements.find(loan.getAchievementId()).map(a -> a.title()).orElse(null));
		return "finance/loan";
	}

	@PostMapping("/finance/loans/{id}/status")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LoanStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		try {
			loans.move(user, id, status, on);
			redirect.addFlashAttribute("notice", "finance.status.changed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("actionError", Downloads.message(messages, e));
		}
		return "redirect:/finance/loans/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("kinds", LoanKind.values());
		return "finance/loan-form";
	}
}
